package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestClients.error;
import static dev.dynamicroutes.client.TestClients.ok;
import static dev.dynamicroutes.client.TestClients.routeRequests;
import static dev.dynamicroutes.client.TestClients.serveInOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.error.ApiConnectionException;
import dev.dynamicroutes.error.ApiResponseException;
import dev.dynamicroutes.error.ApiTimeoutException;
import dev.dynamicroutes.error.BadRequestException;
import dev.dynamicroutes.error.ServerException;
import dev.dynamicroutes.pagination.RoutesPage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Retry rules, with a fake clock and a recording sleeper: nothing here sleeps for real. Waits are
 * asserted exactly (jitter source fixed at 0 unless the test is about jitter).
 */
class RetryTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    final TestClients.FakeTime time = new TestClients.FakeTime();

    Throwable callWith(DynamicRoutesClient client) {
        return catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
    }

    @Test
    void retriesA503ThenSucceedsAfterHalfASecond() {
        serveInOrder(server, error(503), ok());

        RoutesPage page = TestClients.builder(server.baseUrl(), time).build().listRoutes(ACCOUNT, GATEWAY, 1, 50);

        assertThat(page.routes()).hasSize(1);
        assertThat(routeRequests(server)).isEqualTo(2);
        assertThat(time.waits).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void backoffDoublesToAnEightSecondCapThenGivesUpWithTheTypedException() {
        serveInOrder(server, error(500));
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time)
                .maxRetries(6)
                .overallTimeout(Duration.ofMinutes(10))
                .build();

        Throwable thrown = callWith(client);

        assertThat(thrown).isExactlyInstanceOf(ServerException.class);
        assertThat(routeRequests(server)).isEqualTo(7);
        assertThat(time.waits)
                .containsExactly(
                        Duration.ofMillis(500),
                        Duration.ofMillis(1000),
                        Duration.ofMillis(2000),
                        Duration.ofMillis(4000),
                        Duration.ofMillis(8000),
                        Duration.ofMillis(8000));
    }

    @Test
    void jitterTakesOffUpToAQuarter() {
        serveInOrder(server, error(500));
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time)
                .random(() -> 0.999_999)
                .build();

        callWith(client);

        assertThat(time.waits).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750));
    }

    @Test
    void defaultIsTwoRetries() {
        serveInOrder(server, error(502));

        assertThat(callWith(TestClients.builder(server.baseUrl(), time).build()))
                .isInstanceOf(ServerException.class);

        assertThat(routeRequests(server)).isEqualTo(3);
    }

    @Test
    void zeroRetriesSendsOneRequest() {
        serveInOrder(server, error(503));

        callWith(TestClients.builder(server.baseUrl(), time).maxRetries(0).build());

        assertThat(routeRequests(server)).isEqualTo(1);
        assertThat(time.waits).isEmpty();
    }

    @ParameterizedTest(name = "HTTP {0} is retried")
    @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504, 520})
    void retryableStatuses(int status) {
        serveInOrder(server, error(status), ok());

        RoutesPage page = TestClients.builder(server.baseUrl(), time).build().listRoutes(ACCOUNT, GATEWAY, 1, 50);

        assertThat(page.routes()).hasSize(1);
        assertThat(routeRequests(server)).isEqualTo(2);
    }

    @ParameterizedTest(name = "HTTP {0} is not retried")
    @ValueSource(ints = {400, 401, 403, 404, 405, 422})
    void nonRetryableStatuses(int status) {
        serveInOrder(server, error(status), ok());

        Throwable thrown = callWith(TestClients.builder(server.baseUrl(), time).build());

        assertThat(thrown).isInstanceOf(ApiResponseException.class);
        assertThat(((ApiResponseException) thrown).statusCode()).isEqualTo(status);
        assertThat(routeRequests(server)).isEqualTo(1);
        assertThat(time.waits).isEmpty();
    }

    @Test
    void xShouldRetryTrueMakesA400Retryable() {
        serveInOrder(server, error(400).withHeader("x-should-retry", "true"), ok());

        TestClients.builder(server.baseUrl(), time).build().listRoutes(ACCOUNT, GATEWAY, 1, 50);

        assertThat(routeRequests(server)).isEqualTo(2);
    }

    @Test
    void xShouldRetryFalseStopsA503() {
        serveInOrder(server, error(503).withHeader("x-should-retry", "false"), ok());

        assertThat(callWith(TestClients.builder(server.baseUrl(), time).build()))
                .isInstanceOf(ServerException.class);

        assertThat(routeRequests(server)).isEqualTo(1);
    }

    @Test
    void successFalseAndBadRequestAreNotRetried() {
        serveInOrder(
                server,
                aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(TestBodies.cloudflareError(1, "no")),
                ok());

        assertThat(callWith(TestClients.builder(server.baseUrl(), time).build()))
                .isExactlyInstanceOf(ApiResponseException.class);

        assertThat(routeRequests(server)).isEqualTo(1);
    }

    @Test
    void retryAfterMsIsHonouredAndWinsOverRetryAfter() {
        serveInOrder(server, error(429).withHeader("retry-after-ms", "1500").withHeader("Retry-After", "9"), ok());

        TestClients.builder(server.baseUrl(), time).build().listRoutes(ACCOUNT, GATEWAY, 1, 50);

        assertThat(time.waits).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void retryAfterSecondsIsHonoured() {
        serveInOrder(server, error(429).withHeader("Retry-After", "7"), ok());

        TestClients.builder(server.baseUrl(), time).build().listRoutes(ACCOUNT, GATEWAY, 1, 50);

        assertThat(time.waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterZeroRetriesAtOnce() {
        serveInOrder(server, error(503).withHeader("Retry-After", "0"), ok());

        TestClients.builder(server.baseUrl(), time).build().listRoutes(ACCOUNT, GATEWAY, 1, 50);

        assertThat(time.waits).containsExactly(Duration.ZERO);
    }

    @Test
    void retryAfterHttpDateIsHonoured() {
        String inTwelveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                time.instant().plusSeconds(12).atOffset(ZoneOffset.UTC));
        serveInOrder(server, error(503).withHeader("Retry-After", inTwelveSeconds), ok());

        TestClients.builder(server.baseUrl(), time).build().listRoutes(ACCOUNT, GATEWAY, 1, 50);

        assertThat(time.waits).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void retryAfterOutsideZeroToSixtySecondsFallsBackToBackoff() {
        String inThePast = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                time.instant().minusSeconds(30).atOffset(ZoneOffset.UTC));
        serveInOrder(
                server,
                error(429).withHeader("Retry-After", "120"),
                error(503).withHeader("Retry-After", inThePast),
                error(503).withHeader("Retry-After", "soon"),
                ok());

        TestClients.builder(server.baseUrl(), time).maxRetries(3).build().listRoutes(ACCOUNT, GATEWAY, 1, 50);

        // a date already past asks for no wait (issue 9: never a negative one); 120 s and "soon" fall back
        assertThat(time.waits).containsExactly(Duration.ofMillis(500), Duration.ZERO, Duration.ofMillis(2000));
    }

    @Test
    void unreadableRetryAfterValuesAreIgnored() {
        // NaN would parse as a double (and become a zero wait); a negative retry-after-ms falls through
        // to Retry-After
        serveInOrder(
                server,
                error(429).withHeader("Retry-After", "NaN"),
                error(503).withHeader("retry-after-ms", "-5").withHeader("Retry-After", "3"),
                ok());

        TestClients.builder(server.baseUrl(), time).build().listRoutes(ACCOUNT, GATEWAY, 1, 50);

        assertThat(time.waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(3));
    }

    @Test
    void connectionResetIsRetried() {
        // two resets: over HTTP/1.1 java.net.http itself re-sends a GET once when the connection closes
        // before the first response byte, so one attempt of ours is two requests (see FaultMatrixTest)
        serveInOrder(
                server,
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                ok());

        RoutesPage page = TestClients.builder(server.baseUrl(), time).build().listRoutes(ACCOUNT, GATEWAY, 1, 50);

        assertThat(page.routes()).hasSize(1);
        assertThat(routeRequests(server)).isEqualTo(3);
        assertThat(time.waits).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void refusedConnectionIsRetriedThenThrownTyped() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Throwable thrown = callWith(
                TestClients.builder("http://127.0.0.1:" + closedPort, time).build());

        assertThat(thrown).isExactlyInstanceOf(ApiConnectionException.class);
        assertThat(time.waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void overallDeadlineStopsRetriesThatWouldPassIt() {
        serveInOrder(server, error(503));
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time)
                .maxRetries(10)
                .overallTimeout(Duration.ofSeconds(3))
                .build();

        assertThat(callWith(client)).isExactlyInstanceOf(ServerException.class);

        // 0.5 + 1 = 1.5 s waited; the next 2 s wait would end past the 3 s deadline
        assertThat(time.waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(routeRequests(server)).isEqualTo(3);
    }

    @Test
    void serverWaitPastTheDeadlineIsNotTaken() {
        serveInOrder(server, error(429).withHeader("Retry-After", "30"), ok());
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time)
                .overallTimeout(Duration.ofSeconds(10))
                .build();

        assertThat(callWith(client)).isInstanceOf(dev.dynamicroutes.error.RateLimitException.class);

        assertThat(routeRequests(server)).isEqualTo(1);
        assertThat(time.waits).isEmpty();
    }

    @Test
    void anAttemptIsCutToTheTimeLeftBeforeTheDeadline() {
        // after a 1.9 s server-requested wait, 0.1 s of the 2 s deadline is left: the slow second answer
        // must time out after about 0.1 s, not after the 60 s request timeout
        serveInOrder(server, error(503).withHeader("retry-after-ms", "1900"), ok().withFixedDelay(5_000));
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time)
                .overallTimeout(Duration.ofSeconds(2))
                .build();

        long start = System.nanoTime();
        Throwable thrown = callWith(client);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(thrown).isExactlyInstanceOf(ApiTimeoutException.class);
        assertThat(tookMillis).isLessThan(3_000);
        assertThat(TestClients.awaitRequests(() -> routeRequests(server), 2)).isEqualTo(2);
    }

    @Test
    void backoffFormula() {
        assertThat(BackoffRetryer.delay(1, null, 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(BackoffRetryer.delay(4, null, 0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(BackoffRetryer.delay(5, null, 0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(BackoffRetryer.delay(40, null, 0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(BackoffRetryer.delay(1, null, 0.5)).isEqualTo(Duration.ofMillis(438));
        assertThat(BackoffRetryer.delay(1, Duration.ofSeconds(60), 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(BackoffRetryer.delay(1, Duration.ofMillis(60_001), 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(BackoffRetryer.delay(2, Duration.ofMillis(-1), 0)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void badRequestIsThrownAsIsWithoutWaiting() {
        serveInOrder(server, error(400));

        assertThat(callWith(TestClients.builder(server.baseUrl(), time).build()))
                .isExactlyInstanceOf(BadRequestException.class);
        assertThat(time.waits).isEmpty();
    }
}
