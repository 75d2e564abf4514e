package dev.dynamicroutes.error;

import org.jspecify.annotations.Nullable;

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
 * <p>Messages never contain credentials. Every exception of the library is {@link java.io.Serializable}
 * with all its facts (none is {@code transient}), so one sent across a process boundary still answers
 * every accessor.
 */
public class DynamicRoutesException extends RuntimeException {

    private static final long serialVersionUID = 2L;

    /**
     * For the library's own subclasses.
     *
     * @param message what went wrong, never containing a credential
     */
    protected DynamicRoutesException(String message) {
        super(message);
    }

    /**
     * For the library's own subclasses.
     *
     * @param message what went wrong, never containing a credential
     * @param cause the underlying failure, or null
     */
    protected DynamicRoutesException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
