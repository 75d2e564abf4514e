package dev.dynamicroutes.error;

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

    private static final long serialVersionUID = 1L;

    public ApiTimeoutException(String method, String path, Integer page, Throwable cause) {
        super(method, path, page, "timed out", cause);
    }
}
