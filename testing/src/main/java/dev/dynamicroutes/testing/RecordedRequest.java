package dev.dynamicroutes.testing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request the {@link FakeDynamicRoutesServer} received. Immutable. {@code toString()} shows the
 * method and URI only, never a header (they may carry credentials).
 *
 * <pre>{@code
 * RecordedRequest last = server.requests().get(server.requests().size() - 1);
 * assertEquals("2", last.queryParameter("page").orElseThrow());
 * }</pre>
 */
public final class RecordedRequest {

    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, List<String>> headers;

    RecordedRequest(String method, String path, Map<String, String> query, Map<String, List<String>> headers) {
        this.method = method;
        this.path = path;
        this.query = Map.copyOf(query);
        this.headers = Map.copyOf(headers);
    }

    /** {@return HTTP method} */
    public String method() {
        return method;
    }

    /** {@return the raw path, e.g. {@code /client/v4/accounts/a/ai-gateway/gateways/g/routes}} */
    public String path() {
        return path;
    }

    /**
     * A query parameter, decoded.
     *
     * @param name the parameter name
     * @return a query parameter, decoded
     */
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /**
     * The first value of a header (name case-insensitive).
     *
     * @param name the header name, any case
     * @return the first value of a header (name case-insensitive)
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public String toString() {
        return method + ' ' + path + (query.isEmpty() ? "" : " " + query);
    }
}
