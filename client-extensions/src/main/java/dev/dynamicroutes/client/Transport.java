package dev.dynamicroutes.client;

import feign.Client;
import feign.RequestTemplate;
import feign.http2client.Http2Client;
import java.net.http.HttpClient;

/**
 * The HTTP transport behind Feign: the one class that knows which {@code java.net.http.HttpClient}
 * is used and how a Feign request reaches it. Everything else sees a {@link feign.Client}.
 *
 * <p>Today it wraps Feign's {@code Http2Client} in the {@link DeadlineClient}, over an
 * {@code HttpClient} built per client (or the one the user supplied). The transport issue replaces
 * the inside of this class (own {@code feign.Client}, shared {@code HttpClient}s, reading every byte
 * under the deadline) without changing its boundary.
 */
final class Transport implements AutoCloseable {

    private final HttpClient http;
    private final Client client;
    private final boolean compression;

    Transport(TransportSettings settings) {
        this.http = settings.httpClient() != null ? settings.httpClient() : build(settings);
        this.client = new DeadlineClient(new Http2Client(http), settings.clock());
        this.compression = settings.compression();
    }

    private static HttpClient build(TransportSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (settings.sslContext() != null) {
            builder.sslContext(settings.sslContext());
        }
        if (settings.proxy() != null) {
            builder.proxy(settings.proxy());
        }
        return builder.build();
    }

    /** The Feign client that sends requests. */
    Client client() {
        return client;
    }

    /** Adds what the transport needs on every request (content negotiation). */
    void decorate(RequestTemplate template) {
        if (compression) {
            template.removeHeader("Accept-Encoding");
            template.headerLiteral("Accept-Encoding", "gzip, deflate");
        }
    }

    /**
     * Releases the transport. A built {@code HttpClient} has no {@code close()} on Java 17 and is
     * released when unreachable; a supplied one belongs to the user and is left open.
     */
    @Override
    public void close() {}
}
