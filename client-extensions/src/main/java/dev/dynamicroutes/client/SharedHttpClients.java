package dev.dynamicroutes.client;

import java.lang.reflect.Method;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * One {@link HttpClient} per transport configuration (connect timeout, proxy, {@link SSLContext}),
 * shared by every client built with it and counted by lease. A {@code HttpClient} owns a selector
 * thread and sockets that, on Java 17, are only released when it is garbage-collected; one per
 * client built exhausted threads and file descriptors (500 builds hit {@code ulimit -n 1024}).
 *
 * <p>When the last lease of a configuration is released: on Java 21+, where {@code HttpClient} has
 * {@code close()}, the client is closed. On Java 17 it cannot be closed, so it is kept idle for the
 * next client with the same configuration; the idle set is bounded ({@link #MAX_IDLE}), the eldest
 * idle one left to the garbage collector.
 */
final class SharedHttpClients {

    static final int MAX_IDLE = 4;

    /** Calls {@code HttpClient.close()}, present from Java 21; null before (we compile for 17). */
    private static final @Nullable Consumer<HttpClient> CLOSER = closerOf(HttpClient.class);

    /** What makes two transports interchangeable; proxy and SSL context compare by identity. */
    record Config(
            Duration connectTimeout,
            @Nullable ProxySelector proxy,
            @Nullable SSLContext sslContext) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Config c
                    && c.connectTimeout.equals(connectTimeout)
                    && c.proxy == proxy
                    && c.sslContext == sslContext;
        }

        @Override
        public int hashCode() {
            return Objects.hash(connectTimeout, System.identityHashCode(proxy), System.identityHashCode(sslContext));
        }
    }

    private static final class Entry {
        final HttpClient client;
        int leases;

        Entry(HttpClient client) {
            this.client = client;
        }
    }

    private static final Map<Config, Entry> ENTRIES = new HashMap<>();
    private static final Deque<Config> IDLE = new ArrayDeque<>();

    private SharedHttpClients() {}

    /** A lease on the shared client for {@code config}; release it exactly once. */
    static synchronized HttpClient acquire(Config config) {
        Entry entry = ENTRIES.get(config);
        if (entry == null) {
            entry = new Entry(newClient(config));
            ENTRIES.put(config, entry);
        }
        if (entry.leases == 0) {
            IDLE.remove(config);
        }
        entry.leases++;
        return entry.client;
    }

    static void release(Config config) {
        release(config, CLOSER);
    }

    /**
     * Releases a lease; when it was the last one, {@code closer} closes the client, or, when null (no
     * {@code close()} on this JVM), the client is kept idle. A parameter so that both ways are tested
     * on any JVM.
     */
    static synchronized void release(Config config, @Nullable Consumer<HttpClient> closer) {
        Entry entry = ENTRIES.get(config);
        if (entry == null || entry.leases == 0) {
            throw new IllegalStateException("released more often than acquired");
        }
        entry.leases--;
        if (entry.leases > 0) {
            return;
        }
        if (closer != null) {
            ENTRIES.remove(config);
            closer.accept(entry.client);
            return;
        }
        IDLE.addLast(config);
        while (IDLE.size() > MAX_IDLE) {
            ENTRIES.remove(IDLE.removeFirst());
        }
    }

    /** How many clients exist now, leased or idle (for tests). */
    static synchronized int size() {
        return ENTRIES.size();
    }

    private static HttpClient newClient(Config config) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                // never followed: credentials must not travel to another host
                .followRedirects(HttpClient.Redirect.NEVER);
        ProxySelector proxy = config.proxy();
        if (proxy != null) {
            builder.proxy(proxy);
        }
        SSLContext sslContext = config.sslContext();
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        return builder.build();
    }

    /**
     * Calls the public no-argument {@code close()} of {@code type} on what it is given, ignoring a
     * failure (closing only frees resources sooner; the garbage collector frees them otherwise); null
     * when {@code type} has no such method.
     */
    static <T> @Nullable Consumer<T> closerOf(Class<T> type) {
        Method close;
        try {
            close = type.getMethod("close");
        } catch (NoSuchMethodException e) {
            return null;
        }
        return target -> {
            try {
                close.invoke(target);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // see above: a failed close leaves the resources to the garbage collector
            }
        };
    }
}
