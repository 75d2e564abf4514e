package dev.dynamicroutes.error;

import org.jspecify.annotations.Nullable;

/**
 * The connection could not be made within the connect timeout, the response did not arrive within
 * the request timeout, or the call's overall deadline passed. Retried by default (except past the
 * deadline); thrown when the retries are used up.
 *
 * <pre>{@code
 * catch (ApiTimeoutException e) {
 *   // consider a longer requestTimeout(...) or overallTimeout(...)
 * }
 * }</pre>
 */
public final class ApiTimeoutException extends ApiConnectionException {

    private static final long serialVersionUID = 2L;

    private ApiTimeoutException(RequestDescription request, @Nullable Throwable cause) {
        super(request, "timed out", cause);
    }

    /**
     * A timeout for {@code request}.
     *
     * <pre>{@code
     * throw ApiTimeoutException.of(RequestDescription.of("GET", "/routes", null), null);
     * }</pre>
     *
     * @param request the request that failed
     * @param cause the underlying failure, or null
     * @return a timeout for {@code request}
     */
    public static ApiTimeoutException of(RequestDescription request, @Nullable Throwable cause) {
        return new ApiTimeoutException(request, cause);
    }
}
