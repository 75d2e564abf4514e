package dev.dynamicroutes.contract.check;

/**
 * One disagreement between a pact interaction and the spec.
 *
 * @param pactFile    file the interaction was read from
 * @param interaction the interaction's description (and provider state), as written by the consumer test
 * @param side        {@code request}, {@code response} or {@code interaction}
 * @param message     what is wrong, with the JSON location where there is one
 */
record PactMismatch(String pactFile, String interaction, String side, String message) {

    @Override
    public String toString() {
        return pactFile + " :: '" + interaction + "' :: " + side + ": " + message;
    }
}
