package dev.dynamicroutes.error;

import org.jspecify.annotations.Nullable;

/**
 * No HTTP response was received: connection refused or reset, DNS failure, TLS failure. Retried by
 * default; thrown when the retries are used up. {@link ApiTimeoutException} is the timeout case.
 *
 * <pre>{@code
 * catch (ApiConnectionException e) {
 *   log.warn("Cloudflare unreachable for {}: {}", e.request().path(), e.getMessage());
 * }
 * }</pre>
 */
public sealed class ApiConnectionException extends DynamicRoutesException permits ApiTimeoutException {

    private static final long serialVersionUID = 2L;

    /** The request that got no response. */
    private final RequestDescription request;

    ApiConnectionException(RequestDescription request, String what, @Nullable Throwable cause) {
        super(
                request + ": " + what + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                cause);
        this.request = request;
    }

    /**
     * A connection failure for {@code request}.
     *
     * <pre>{@code
     * throw ApiConnectionException.of(RequestDescription.of("GET", "/routes", null), new ConnectException("refused"));
     * }</pre>
     *
     * @param cause the I/O failure
     * @param request the request that failed
     * @return a connection failure for {@code request}
     */
    public static ApiConnectionException of(RequestDescription request, @Nullable Throwable cause) {
        return new ApiConnectionException(request, "connection failed", cause);
    }

    /** {@return the request that got no response} */
    public RequestDescription request() {
        return request;
    }
}
