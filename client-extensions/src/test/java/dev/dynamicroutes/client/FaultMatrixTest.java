package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static dev.dynamicroutes.client.TestClients.error;
import static dev.dynamicroutes.client.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.error.ApiConnectionException;
import dev.dynamicroutes.error.ApiResponseException;
import dev.dynamicroutes.error.ApiTimeoutException;
import dev.dynamicroutes.error.InvalidResponseException;
import dev.dynamicroutes.error.RateLimitException;
import dev.dynamicroutes.error.ServerException;
import dev.dynamicroutes.pagination.RoutesPage;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fault suite: a loopback server injects one fault per case; the client's outcome, the number of
 * requests the server saw and the call's wall-clock time are checked against the retry policy
 * (2 retries; connection failures, 408, 409, 429 and 5xx retried; malformed 200s not). Waits go to
 * a recording sleeper, so only the stalled reads take real time, and every call must end well
 * within its overall deadline. The fault → outcome → attempts matrix is printed at the end.
 */
class FaultMatrixTest {

    // Generous for loopback: java.net.http's request timeout also covers connecting and sending, and an
    // attempt cut before its request reached the server would be one the server never counts.
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
    static final Duration OVERALL_TIMEOUT = Duration.ofSeconds(20);
    static final List<String> MATRIX = new ArrayList<>();

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    static final String HTML_502 = "<html><head><title>502 Bad Gateway</title></head>"
            + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>";

    /** One fault: what the server answers first, whether it recovers, and what the policy says happens. */
    enum Fault {
        RATE_LIMITED_RETRY_AFTER_SECONDS(t -> error(429).withHeader("Retry-After", "3"), true, null, 2),
        RATE_LIMITED_RETRY_AFTER_HTTP_DATE(
                t -> error(429)
                        .withHeader(
                                "Retry-After",
                                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                        t.instant().plusSeconds(5).atOffset(ZoneOffset.UTC))),
                true,
                null,
                2),
        RATE_LIMITED_ALWAYS(t -> error(429).withHeader("Retry-After", "1"), false, RateLimitException.class, 3),
        HTTP_500(t -> error(500), false, ServerException.class, 3),
        HTTP_502(t -> error(502), false, ServerException.class, 3),
        HTTP_503(t -> error(503), false, ServerException.class, 3),
        HTTP_504(t -> error(504), false, ServerException.class, 3),
        HTTP_503_THEN_OK(t -> error(503), true, null, 2),
        HTML_ERROR_PAGE_502(
                t -> aResponse()
                        .withStatus(502)
                        .withHeader("Content-Type", "text/html")
                        .withBody(HTML_502),
                false,
                ServerException.class,
                3),
        CONNECTION_RESET_MID_BODY(
                t -> aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK),
                false,
                ApiConnectionException.class,
                3),
        // 6 = 3 attempts x 2: over HTTP/1.1, java.net.http re-sends an idempotent GET once by itself when
        // the connection closes before the first response byte (its handling of a stale keep-alive
        // connection; no setting turns it off). Deterministic: 15 of 15 probe runs saw 2 per attempt.
        CONNECTION_RESET_BY_PEER(
                t -> aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER),
                false,
                ApiConnectionException.class,
                6),
        STALLED_READ_PAST_TIMEOUT(
                t -> ok().withFixedDelay((int) REQUEST_TIMEOUT.toMillis() * 5), false, ApiTimeoutException.class, 3),
        // headers at once, then the body trickles in over far longer than the timeout: java.net.http's
        // own timeout has stopped applying once the headers arrived
        BODY_STALLED_AFTER_HEADERS(
                t -> ok().withChunkedDribbleDelay(20, (int) REQUEST_TIMEOUT.toMillis() * 25),
                false,
                ApiTimeoutException.class,
                3),
        TRUNCATED_JSON(
                t -> json(200, TestBodies.page(1, 50, List.of("r1")).substring(0, 150)),
                false,
                InvalidResponseException.class,
                1),
        EMPTY_200_BODY(t -> json(200, ""), false, InvalidResponseException.class, 1),
        HTML_200(
                t -> aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody(HTML_502),
                false,
                InvalidResponseException.class,
                1),
        SUCCESS_FALSE_200(
                t -> json(200, TestBodies.cloudflareError(1000, "internal")), false, ApiResponseException.class, 1);

        @SuppressWarnings("ImmutableEnumChecker") // each constant's function is a stateless lambda
        final Function<TestClients.FakeTime, ResponseDefinitionBuilder> first;

        final boolean recovers;
        /** {@code null}: the call succeeds. */
        final @Nullable Class<? extends Throwable> expected;

        final int attempts;

        Fault(
                Function<TestClients.FakeTime, ResponseDefinitionBuilder> first,
                boolean recovers,
                @Nullable Class<? extends Throwable> expected,
                int attempts) {
            this.first = first;
            this.recovers = recovers;
            this.expected = expected;
            this.attempts = attempts;
        }

        /** Attempts the client makes: each retry is preceded by one backoff wait on the fake clock. */
        int clientAttempts() {
            return this == CONNECTION_RESET_BY_PEER ? attempts / 2 : attempts;
        }
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void faultOutcomeMatchesTheRetryPolicy(Fault fault) {
        TestClients.FakeTime time = new TestClients.FakeTime();
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .inScenario("fault")
                .whenScenarioStateIs(STARTED)
                .willReturn(fault.first.apply(time))
                .willSetStateTo(fault.recovers ? "recovered" : STARTED));
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .inScenario("fault")
                .whenScenarioStateIs("recovered")
                .willReturn(ok()));
        // only the stall case needs a short request timeout; elsewhere a cold first request must not time out
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time)
                .requestTimeout(stalls(fault) ? REQUEST_TIMEOUT : Duration.ofSeconds(10))
                .overallTimeout(OVERALL_TIMEOUT)
                .build();

        long start = System.nanoTime();
        Object outcome;
        try {
            RoutesPage page = client.listRoutes(ACCOUNT, GATEWAY, 1, 50);
            outcome = page;
        } catch (RuntimeException e) {
            outcome = e;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        int seen = TestClients.awaitRequests(
                () -> server.findAll(getRequestedFor(urlPathEqualTo(ROUTES_PATH)))
                        .size(),
                fault.attempts);
        String described = outcome instanceof Throwable t ? t.getClass().getSimpleName() : "success";
        MATRIX.add(String.format(
                "%-36s -> %-26s attempts %d, waits %s, %d ms", fault, described, seen, time.waits, elapsed.toMillis()));

        if (fault.expected == null) {
            assertThat(outcome).isInstanceOf(RoutesPage.class);
            assertThat(((RoutesPage) outcome).routes()).hasSize(1);
        } else {
            assertThat(outcome).isInstanceOf(fault.expected);
            assertThat(((Throwable) outcome).getMessage()).doesNotContain("com.fasterxml", TestClients.TOKEN);
        }
        assertThat(time.waits.size() + 1).as("attempts the client made").isEqualTo(fault.clientAttempts());
        assertThat(seen).as("requests the server saw").isEqualTo(fault.attempts);
        // the retry-after the server asked for is the wait taken
        if (fault == Fault.RATE_LIMITED_RETRY_AFTER_SECONDS) {
            assertThat(time.waits).containsExactly(Duration.ofSeconds(3));
        }
        if (fault == Fault.RATE_LIMITED_RETRY_AFTER_HTTP_DATE) {
            assertThat(time.waits).containsExactly(Duration.ofSeconds(5));
        }
        assertThat(elapsed).as("wall-clock time of the call").isLessThan(OVERALL_TIMEOUT);
        if (!stalls(fault)) {
            assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
        } else {
            // three attempts, each cut at the request timeout
            assertThat(elapsed).isLessThan(REQUEST_TIMEOUT.multipliedBy(3).plusSeconds(3));
        }
    }

    /**
     * Faults where a read may block: the stalls, and the malformed chunk, after which WireMock's Jetty
     * sometimes leaves the connection open (the client's body timeout then ends the attempt, as an
     * ApiTimeoutException, which is an ApiConnectionException).
     */
    static boolean stalls(Fault fault) {
        return fault == Fault.STALLED_READ_PAST_TIMEOUT
                || fault == Fault.BODY_STALLED_AFTER_HEADERS
                || fault == Fault.CONNECTION_RESET_MID_BODY;
    }

    @AfterAll
    static void printMatrix() {
        System.out.println("fault -> outcome -> attempts");
        MATRIX.forEach(System.out::println);
        server.resetAll();
    }
}
