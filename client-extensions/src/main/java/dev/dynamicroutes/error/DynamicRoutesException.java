package dev.dynamicroutes.error;

/**
 * Root of every exception this library throws. Unchecked, so that callers handle what they can
 * and let the rest propagate.
 *
 * <pre>{@code
 * try {
 *   client.listRoutes(accountId, gatewayId);
 * } catch (DynamicRoutesException e) {
 *   log.warn("listing routes failed: {}", e.getMessage());
 * }
 * }</pre>
 *
 * <p>Messages never contain credentials.
 */
public class DynamicRoutesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DynamicRoutesException(String message) {
        super(message);
    }

    public DynamicRoutesException(String message, Throwable cause) {
        super(message, cause);
    }
}
