package dev.dynamicroutes.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamicroutes.contract.ContractNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build's pact-versus-spec gate (failsafe, integration-test phase, after the consumer tests wrote
 * the pacts in the test phase): every interaction of every produced pact must agree with the
 * api-spec document. On failure the message lists each interaction and mismatch.
 */
class PactMatchesSpecIT {

    @Test
    void everyInteractionOfTheProducedPactsAgreesWithTheSpec() throws IOException {
        List<PactMismatch> mismatches =
                PactSpecCheck.againstPublishedSpec().checkDirectory(Path.of(ContractNames.PACT_DIRECTORY));

        assertThat(mismatches)
                .withFailMessage(() -> PactSpecCheck.report(mismatches))
                .isEmpty();
    }
}
