package dev.dynamicroutes.error;

import java.util.OptionalInt;

/**
 * No HTTP response was received: connection refused or reset, DNS failure, TLS failure. Retried by
 * default; thrown when the retries are used up. {@link ApiTimeoutException} is the timeout case.
 *
 * <pre>{@code
 * catch (ApiConnectionException e) {
 *   log.warn("Cloudflare unreachable: {}", e.getMessage());
 * }
 * }</pre>
 */
public sealed class ApiConnectionException extends DynamicRoutesException permits ApiTimeoutException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final Integer page;

    /**
     * @param method HTTP method
     * @param path path and query of the request
     * @param page requested page, or null
     * @param cause the I/O failure
     */
    public ApiConnectionException(String method, String path, Integer page, Throwable cause) {
        this(method, path, page, "connection failed", cause);
    }

    protected ApiConnectionException(String method, String path, Integer page, String what, Throwable cause) {
        super(
                method + ' ' + path + (page == null ? "" : " (page " + page + ")") + ": " + what
                        + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                cause);
        this.method = method;
        this.path = path;
        this.page = page;
    }

    /** HTTP method of the request. */
    public String method() {
        return method;
    }

    /** Path and query of the request. */
    public String path() {
        return path;
    }

    /** The page that was requested, empty when the request had no {@code page} parameter. */
    public OptionalInt page() {
        return page == null ? OptionalInt.empty() : OptionalInt.of(page);
    }
}
