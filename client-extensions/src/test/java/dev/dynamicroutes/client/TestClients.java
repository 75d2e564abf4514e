package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Clients for tests: pointed at a loopback server, with a fake clock that the recorded waits
 * advance, so retry tests never sleep for real.
 */
final class TestClients {

    static final String TOKEN = "tok-SECRET-7a1f0c9e";
    static final String EMAIL = "secret.person@example.com";
    static final String KEY = "key-SECRET-3b5d";

    private TestClients() {}

    /**
     * The number of requests a server has seen, once it has seen at least {@code expected} (or 30 s
     * passed). A client that gave up on a request (a timeout) does not wait for the server to have
     * logged it, so a count read at once can lag behind on a loaded machine; more requests than
     * expected still show, and fewer fail after the wait.
     */
    static int awaitRequests(java.util.function.IntSupplier count, int expected) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (count.getAsInt() < expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return count.getAsInt();
    }

    /** A WireMock server on a free port of 127.0.0.1, for {@code @RegisterExtension}. */
    static WireMockExtension loopbackWireMock() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                .build();
    }

    /** A 200 with a page of one route, {@code r1}. */
    static ResponseDefinitionBuilder ok() {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(TestBodies.page(1, 50, List.of("r1")));
    }

    /** A Cloudflare error body with {@code status} as its HTTP status and error code. */
    static ResponseDefinitionBuilder error(int status, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(TestBodies.cloudflareError(status, message));
    }

    /** {@link #error(int, String)} with the message "status N". */
    static ResponseDefinitionBuilder error(int status) {
        return error(status, "status " + status);
    }

    /** Makes {@code server} answer the routes path with the responses in order, the last one for every later request. */
    static void serveInOrder(WireMockExtension server, ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            String state = i == 0 ? STARTED : "step" + i;
            server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                    .inScenario("in order")
                    .whenScenarioStateIs(state)
                    .willReturn(responses[i])
                    .willSetStateTo(i + 1 < responses.length ? "step" + (i + 1) : state));
        }
    }

    /** The number of requests {@code server} has seen on the routes path. */
    static int routeRequests(WireMockExtension server) {
        return server.findAll(getRequestedFor(urlPathEqualTo(ROUTES_PATH))).size();
    }

    /** A test clock in UTC: only {@code instant()} differs between the tests' clocks. */
    abstract static class UtcClock extends Clock {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** A clock that only moves when a recorded wait moves it. */
    static final class FakeTime extends UtcClock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        final Sleeper sleeper = duration -> {
            waits.add(duration);
            advance(duration);
        };

        synchronized void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /**
     * A builder for {@code baseUrl}/client/v4 with a token, fake time and no jitter. Feign's exchange
     * logging is off to keep test output readable; LogRedactionTest sets every level explicitly.
     */
    static DynamicRoutesClient.Builder builder(String serverBaseUrl, FakeTime time) {
        return DynamicRoutesClient.builder()
                .logLevel(LogLevel.NONE)
                .baseUrl(serverBaseUrl + "/client/v4")
                .apiToken(TOKEN)
                .clock(time)
                .sleeper(time.sleeper)
                .random(() -> 0.0);
    }
}
