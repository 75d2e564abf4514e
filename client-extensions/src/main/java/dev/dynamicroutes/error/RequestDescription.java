package dev.dynamicroutes.error;

import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The request a failure belongs to: method, path and query, and the page asked for. Never holds a
 * header, so never a credential. Immutable and serialisable, like the exceptions that carry it.
 *
 * <pre>{@code
 * catch (ApiResponseException e) {
 *   RequestDescription request = e.request();
 *   log.warn("{} {} (page {}) failed", request.method(), request.path(), request.page().orElse(1));
 * }
 * }</pre>
 */
public final class RequestDescription implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The HTTP method. */
    private final String method;
    /** Path and query. */
    private final String path;
    /** The requested page, null when none was sent. */
    private final @Nullable Integer page;

    private RequestDescription(String method, String path, @Nullable Integer page) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.page = page;
    }

    /**
     * Describes a request.
     *
     * @param method HTTP method, e.g. {@code GET}
     * @param path path and query, e.g. {@code /client/v4/accounts/a/ai-gateway/gateways/g/routes?page=2&per_page=50}
     * @param page the requested page number (the {@code page} query parameter), null when none was sent
     * @return the request description
     */
    public static RequestDescription of(String method, String path, @Nullable Integer page) {
        return new RequestDescription(method, path, page);
    }

    /** {@return HTTP method, e.g. {@code GET}} */
    public String method() {
        return method;
    }

    /** {@return path and query of the request, never the scheme, host or a credential} */
    public String path() {
        return path;
    }

    /** {@return the requested page number, empty when the request had no {@code page} parameter} */
    public OptionalInt page() {
        return page == null ? OptionalInt.empty() : OptionalInt.of(page);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RequestDescription other
                && method.equals(other.method)
                && path.equals(other.path)
                && Objects.equals(page, other.page);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, page);
    }

    /** {@code GET /path?query (page 2)}, as exception messages start. */
    @Override
    public String toString() {
        return method + ' ' + path + (page == null ? "" : " (page " + page + ")");
    }
}
