package dev.dynamicroutes.client;

import feign.Client;

/**
 * The HTTP transport behind Feign: the one class that knows which {@code java.net.http.HttpClient}
 * is used and how a Feign request reaches it. Everything else sees a {@link feign.Client}.
 *
 * <p>Requests go through our own {@link HttpTransport} (every byte read and decompressed under the
 * attempt's deadline), behind the {@link DeadlineClient} that cuts each attempt to what is left of
 * the call. The {@code HttpClient} is leased ({@link TransportLease}): the shared one for this
 * connect timeout, proxy and {@code SSLContext}, or the one the user supplied.
 */
final class Transport implements AutoCloseable {

    private final TransportLease lease;
    private final Client client;

    Transport(TransportSettings settings, ServerText text) {
        this.lease = TransportLease.acquire(
                settings.httpClient(), settings.connectTimeout(), settings.proxy(), settings.sslContext());
        this.client = new DeadlineClient(
                new HttpTransport(lease.httpClient(), settings.compression(), text), settings.clock());
    }

    /** The Feign client that sends requests. */
    Client client() {
        return client;
    }

    /**
     * Releases this client's lease: the last user of a shared {@code HttpClient} closes it on Java
     * 21+; a supplied one belongs to the user and is left open. Idempotent.
     */
    @Override
    public void close() {
        lease.close();
    }
}
