package dev.dynamicroutes.client;

import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;

/**
 * One client's use of an {@link HttpClient}: a lease on the shared one for its configuration
 * ({@link SharedHttpClients}), or the caller's own, which is never closed here. Closing is
 * idempotent (the client refuses calls once closed).
 */
final class TransportLease {

    private final HttpClient httpClient;
    private final SharedHttpClients.Config shared;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TransportLease(HttpClient httpClient, SharedHttpClients.Config shared) {
        this.httpClient = httpClient;
        this.shared = shared;
    }

    /** The caller's {@code supplied} client when not null, else a lease on the shared one. */
    static TransportLease acquire(
            HttpClient supplied, Duration connectTimeout, ProxySelector proxy, SSLContext sslContext) {
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
        if (closed.compareAndSet(false, true) && shared != null) {
            SharedHttpClients.release(shared);
        }
    }
}
