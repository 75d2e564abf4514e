package dev.dynamicroutes.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/**
 * The JVM-wide registry of library-managed {@link HttpClient}s: clients built with equal settings
 * share one (the proxy and TLS context compared by identity), a lease is released once however often
 * it is closed, releasing more often than acquiring is a bug caught at once, and once nobody holds a
 * client it is closed (Java 21+) or kept among the {@value SharedHttpClients#MAX_IDLE} most recently
 * released for reuse (Java 17). Each test uses connect timeouts no other test uses, so the entries
 * are its own.
 */
class SharedHttpClientsTest {

    private static SharedHttpClients.Config config(long millis) {
        return new SharedHttpClients.Config(Duration.ofMillis(millis), null, null);
    }

    @Test
    void equalSettingsShareOneClientAndDifferentOnesDoNot() throws Exception {
        ProxySelector proxy = ProxySelector.of(null);
        SSLContext tls = SSLContext.getDefault();
        List<SharedHttpClients.Config> configs = List.of(
                new SharedHttpClients.Config(Duration.ofMillis(91_001), null, null),
                new SharedHttpClients.Config(Duration.ofMillis(91_001), null, null),
                new SharedHttpClients.Config(Duration.ofMillis(91_002), null, null),
                new SharedHttpClients.Config(Duration.ofMillis(91_001), proxy, null),
                new SharedHttpClients.Config(Duration.ofMillis(91_001), ProxySelector.of(null), null),
                new SharedHttpClients.Config(Duration.ofMillis(91_001), proxy, tls),
                new SharedHttpClients.Config(Duration.ofMillis(91_001), null, tls));
        List<HttpClient> clients = new ArrayList<>();
        for (SharedHttpClients.Config c : configs) {
            clients.add(SharedHttpClients.acquire(c));
        }
        List<String> table = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            table.add(i + " same as " + clients.indexOf(clients.get(i)) + ", config equal to "
                    + configs.indexOf(configs.get(i)) + ", hash equal to config 0 "
                    + (configs.get(i).hashCode() == configs.get(0).hashCode()));
        }
        configs.forEach(SharedHttpClients::release);

        assertThat(table)
                .containsExactly(
                        "0 same as 0, config equal to 0, hash equal to config 0 true",
                        "1 same as 0, config equal to 0, hash equal to config 0 true",
                        "2 same as 2, config equal to 2, hash equal to config 0 false",
                        "3 same as 3, config equal to 3, hash equal to config 0 false",
                        "4 same as 4, config equal to 4, hash equal to config 0 false",
                        "5 same as 5, config equal to 5, hash equal to config 0 false",
                        "6 same as 6, config equal to 6, hash equal to config 0 false");
        assertThat(clients.get(3).proxy()).containsSame(proxy);
        assertThat(clients.get(6).sslContext()).isSameAs(tls);
        assertThat(clients.get(0).connectTimeout()).contains(Duration.ofMillis(91_001));
        assertThat(clients.get(0).followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
        assertThat(configs.get(0)).isNotEqualTo("not a config");
    }

    @Test
    void releasingMoreOftenThanAcquiringIsRefused() {
        SharedHttpClients.Config c = config(92_001);
        SharedHttpClients.acquire(c);
        SharedHttpClients.acquire(c);
        SharedHttpClients.release(c);
        SharedHttpClients.release(c);

        Throwable again = catchThrowable(() -> SharedHttpClients.release(c));
        Throwable never = catchThrowable(() -> SharedHttpClients.release(config(92_002)));

        assertThat(again).isInstanceOf(IllegalStateException.class).hasMessage("released more often than acquired");
        assertThat(never).isInstanceOf(IllegalStateException.class).hasMessage("released more often than acquired");
    }

    @Test
    void aLeaseIsReleasedOnceHoweverOftenItIsClosed() {
        TransportLease first = TransportLease.acquire(null, Duration.ofMillis(93_001), null, null);
        TransportLease second = TransportLease.acquire(null, Duration.ofMillis(93_001), null, null);
        assertThat(second.httpClient()).isSameAs(first.httpClient());

        first.close();
        first.close();
        // the second lease still holds the client: had the first been released twice, this would be refused
        second.close();

        assertThat(catchThrowable(() -> SharedHttpClients.release(config(93_001))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSuppliedClientIsLeasedAsItIsAndNeverReleased() {
        HttpClient own = HttpClient.newHttpClient();
        int before = SharedHttpClients.size();
        TransportLease lease = TransportLease.acquire(own, Duration.ofMillis(94_001), null, null);
        lease.close();
        assertThat(lease.httpClient()).isSameAs(own);
        assertThat(SharedHttpClients.size()).isEqualTo(before);
    }

    @Test
    void anUnusedClientIsClosedOrOneOfTheLastFourKept() {
        List<SharedHttpClients.Config> configs = new ArrayList<>();
        List<HttpClient> first = new ArrayList<>();
        for (int i = 0; i < SharedHttpClients.MAX_IDLE + 1; i++) {
            configs.add(config(95_000 + i));
            first.add(SharedHttpClients.acquire(configs.get(i)));
        }
        configs.forEach(SharedHttpClients::release);
        List<String> table = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            HttpClient again = SharedHttpClients.acquire(configs.get(i));
            table.add("config " + i + ": " + (again == first.get(i) ? "reused" : "new"));
        }
        configs.forEach(SharedHttpClients::release);

        // Java 21+ closes a client nobody holds; Java 17 keeps the four most recently released
        assertThat(table)
                .containsExactlyElementsOf(
                        Runtime.version().feature() >= 21
                                ? List.of(
                                        "config 0: new",
                                        "config 1: new",
                                        "config 2: new",
                                        "config 3: new",
                                        "config 4: new")
                                : List.of(
                                        "config 0: new",
                                        "config 1: reused",
                                        "config 2: reused",
                                        "config 3: reused",
                                        "config 4: reused"));
    }

    @Test
    void aClientIsClosedOnlyOnceItsLastLeaseIsReleased() {
        SharedHttpClients.Config c = config(96_001);
        List<HttpClient> closed = new ArrayList<>();
        Consumer<HttpClient> closer = closed::add;
        int before = SharedHttpClients.size();
        HttpClient client = SharedHttpClients.acquire(c);
        SharedHttpClients.acquire(c);
        int whileLeased = SharedHttpClients.size();

        SharedHttpClients.release(c, closer);
        List<HttpClient> afterFirst = List.copyOf(closed);
        SharedHttpClients.release(c, closer);
        int afterLast = SharedHttpClients.size();
        HttpClient next = SharedHttpClients.acquire(c);
        SharedHttpClients.release(c, closer);

        assertThat(whileLeased).isEqualTo(before + 1);
        assertThat(afterFirst).isEmpty();
        assertThat(afterLast).isEqualTo(before);
        assertThat(next).isNotSameAs(client);
        assertThat(closed).containsExactly(client, next);
    }

    @Test
    void aClientStillLeasedIsNeverEvictedByIdleOnes() {
        SharedHttpClients.Config held = config(97_000);
        HttpClient client = SharedHttpClients.acquire(held);
        SharedHttpClients.acquire(held);
        SharedHttpClients.release(held, null);
        for (int i = 1; i <= SharedHttpClients.MAX_IDLE + 1; i++) {
            SharedHttpClients.acquire(config(97_000 + i));
            SharedHttpClients.release(config(97_000 + i), null);
        }

        HttpClient again = SharedHttpClients.acquire(held);
        SharedHttpClients.release(held, null);
        SharedHttpClients.release(held, null);

        assertThat(again).isSameAs(client);
    }

    @Test
    void httpClientCanBeClosedFromJava21On() {
        assertThat(SharedHttpClients.closerOf(HttpClient.class) != null)
                .isEqualTo(Runtime.version().feature() >= 21);
    }

    /** A type with a public {@code close()}, as {@code HttpClient} has from Java 21; a stuck one fails to close. */
    static final class Door {
        final boolean stuck;
        int closings;

        Door(boolean stuck) {
            this.stuck = stuck;
        }

        public void close() {
            if (stuck) {
                throw new IllegalStateException("stuck");
            }
            closings++;
        }
    }

    @Test
    void theCloserCallsAPublicCloseIgnoresItsFailureAndIsAbsentWithoutOne() {
        Door door = new Door(false);
        Consumer<Door> closer = Objects.requireNonNull(SharedHttpClients.closerOf(Door.class));

        closer.accept(door);
        Throwable stuck = catchThrowable(() -> closer.accept(new Door(true)));

        assertThat(door.closings).isEqualTo(1);
        assertThat(stuck).isNull();
        assertThat(SharedHttpClients.closerOf(Object.class)).isNull();
    }
}
