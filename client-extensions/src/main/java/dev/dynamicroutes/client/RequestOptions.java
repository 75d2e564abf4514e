package dev.dynamicroutes.client;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Per-call additions to a request: extra query parameters, extra headers and a timeout for the
 * whole call. Immutable. Query parameters Cloudflare adds to the API reach you here before this
 * library models them, e.g. a new {@code order_by}:
 *
 * <pre>{@code
 * RequestOptions options = RequestOptions.builder()
 *     .queryParameter("order_by", "name")
 *     .header("X-Request-Id", requestId)
 *     .timeout(Duration.ofSeconds(20))
 *     .build();
 * RoutesPage page = client.listRoutes(accountId, gatewayId, 1, 50, options);
 * }</pre>
 *
 * <p>Names and values are percent-encoded by the client. {@code page} and {@code per_page} are set
 * by the call itself and refused here; so are the authentication headers, {@code User-Agent} and
 * {@code Host}. A header set here replaces a {@code defaultHeader} of the same name for this call.
 */
public final class RequestOptions {

    private static final RequestOptions NONE = new RequestOptions(new Builder());

    private final Map<String, String> queryParameters;
    private final Map<String, String> headers;
    private final @Nullable Duration timeout;

    private RequestOptions(Builder b) {
        this.queryParameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParameters));
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.timeout = b.timeout;
    }

    /** {@return no additions: the call as configured on the client} */
    public static RequestOptions none() {
        return NONE;
    }

    /** {@return an empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return extra query parameters in the order they were added (names and values not yet encoded)} */
    public Map<String, String> queryParameters() {
        return queryParameters;
    }

    /** {@return extra headers, names in lower case} */
    public Map<String, String> headers() {
        return headers;
    }

    /** {@return the bound on this whole call (retries and waits included), replacing the client's {@code overallTimeout}} */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RequestOptions other
                && queryParameters.equals(other.queryParameters)
                && headers.equals(other.headers)
                && Objects.equals(timeout, other.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(queryParameters, headers, timeout);
    }

    /** Parameter names, header names and the timeout; header values are left out (they may be secrets). */
    @Override
    public String toString() {
        return "RequestOptions{query=" + queryParameters + ", headers=" + headers.keySet() + ", timeout=" + timeout
                + '}';
    }

    /**
     * Builds {@link RequestOptions}. Not thread-safe.
     *
     * <pre>{@code
     * RequestOptions options = RequestOptions.builder().queryParameter("order_by", "name").build();
     * }</pre>
     */
    public static final class Builder {
        private final Map<String, String> queryParameters = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private @Nullable Duration timeout;

        private Builder() {}

        /**
         * Adds (or replaces) a query parameter.
         *
         * @throws IllegalArgumentException for a blank name, or {@code page} / {@code per_page}
         * @param name the parameter name, not yet encoded
         * @param value the parameter value, not yet encoded
         * @return this builder
         */
        public Builder queryParameter(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.isBlank()) {
                throw new IllegalArgumentException("query parameter name must not be blank");
            }
            if (name.equals("page") || name.equals("per_page")) {
                throw new IllegalArgumentException(
                        name + " is set by the call itself: use listRoutes(accountId, gatewayId, page, perPage, ...)");
            }
            queryParameters.put(name, value);
            return this;
        }

        /**
         * Adds (or replaces) a header.
         *
         * @throws IllegalArgumentException for an authentication header, {@code User-Agent}, {@code Host},
         *     a malformed name or a value with a line break
         * @param name the header name
         * @param value the header value
         * @return this builder
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            headers.put(HeaderRules.check("header", name, value), value);
            return this;
        }

        /**
         * Bounds this whole call, retries and waits included, instead of the client's
         * {@code overallTimeout}; like it, positive and at most {@code Integer.MAX_VALUE} ms (about 24.8 days).
         *
         * @param timeout the bound on this whole call
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            // bounded like overallTimeout, which it replaces: far beyond it the deadline overflows an Instant
            this.timeout = Settings.timeout("timeout", timeout);
            return this;
        }

        /** {@return the options, immutable} */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
