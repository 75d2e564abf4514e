package dev.dynamicroutes.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/** Everything {@link DynamicRoutesClient.Builder#build()} resolved; the client's parts are built from it. */
record ClientSettings(
        String baseUrl,
        Credentials credentials,
        Duration requestTimeout,
        Duration overallTimeout,
        int maxRetries,
        Map<String, String> defaultHeaders,
        LogLevel logLevel,
        TransportSettings transport,
        Clock clock,
        Sleeper sleeper,
        DoubleSupplier random,
        org.slf4j.@Nullable Logger httpLog) {

    /** The base URL, the auth scheme (never the secrets) and the timeouts. */
    String summary() {
        return "DynamicRoutesClient{baseUrl=" + baseUrl + ", auth=" + credentials.scheme() + ", connectTimeout="
                + (transport.httpClient() != null ? "of the supplied HttpClient" : transport.connectTimeout())
                + ", requestTimeout=" + requestTimeout + ", overallTimeout=" + overallTimeout + ", maxRetries="
                + maxRetries + ", compression=" + transport.compression() + '}';
    }
}
