package dev.dynamicroutes.client;

import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * One client's use of an {@link HttpClient}: a lease on the shared one for its configuration
 * ({@link SharedHttpClients}), or the caller's own, which is never closed here. Closing is
 * idempotent (the client refuses calls once closed).
 */
final class TransportLease {

    private final HttpClient httpClient;
    // null for the caller's own client, which is never released here
    private final SharedHttpClients.@Nullable Config shared;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TransportLease(HttpClient httpClient, SharedHttpClients.@Nullable Config shared) {
        this.httpClient = httpClient;
        this.shared = shared;
    }

    /** The caller's {@code supplied} client when not null, else a lease on the shared one. */
    static TransportLease acquire(
            @Nullable HttpClient supplied,
            Duration connectTimeout,
            @Nullable ProxySelector proxy,
            @Nullable SSLContext sslContext) {
        if (supplied != null) {
            return new TransportLease(supplied, null);
        }
        SharedHttpClients.Config config = new SharedHttpClients.Config(connectTimeout, proxy, sslContext);
        return new TransportLease(SharedHttpClients.acquire(config), config);
    }

    HttpClient httpClient() {
        return httpClient;
    }

    void close() {
        SharedHttpClients.Config leased = shared;
        if (closed.compareAndSet(false, true) && leased != null) {
            SharedHttpClients.release(leased);
        }
    }
}
