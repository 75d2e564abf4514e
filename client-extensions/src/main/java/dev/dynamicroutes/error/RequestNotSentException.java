package dev.dynamicroutes.error;

/**
 * The call was refused before anything was sent: an argument is unusable (the message names it and
 * says why, e.g. {@code accountId must not be '.' or '..'}) or the client was closed. Never retried;
 * fix the caller.
 *
 * <pre>{@code
 * try {
 *   client.listRoutes(accountId, gatewayId, 0, 50);
 * } catch (RequestNotSentException e) {
 *   // "page must be at least 1, was 0"
 * }
 * }</pre>
 */
public final class RequestNotSentException extends DynamicRoutesException {

    private static final long serialVersionUID = 1L;

    private RequestNotSentException(String message) {
        super(message);
    }

    /**
     * A refused call.
     *
     * <pre>{@code
     * throw RequestNotSentException.of("gatewayId must not be null or blank");
     * }</pre>
     *
     * @param message what went wrong
     * @return a refused call
     */
    public static RequestNotSentException of(String message) {
        return new RequestNotSentException(message);
    }
}
