package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static dev.dynamicroutes.client.TestClients.error;
import static dev.dynamicroutes.client.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.error.ApiConnectionException;
import dev.dynamicroutes.pagination.RoutesPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Production's transport: HTTP/2 negotiated with ALPN over TLS, against a loopback server whose
 * certificate is generated for this run ({@link LoopbackTls}) and trusted only through the client's
 * {@code sslContext} setting, hostname verification on. The status/retry rows of the fault matrix and
 * the concurrency test run over it; socket-level faults stay in the HTTP/1.1 matrices. Each row is
 * compared with the expected table (outcome and the requests the server saw), and the server must
 * have seen HTTP/2.
 */
class TlsHttp2Test {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig()
                    .httpDisabled(true)
                    .dynamicHttpsPort()
                    .bindAddress("127.0.0.1")
                    .keystorePath(LoopbackTls.keyStore().toString())
                    .keystorePassword(LoopbackTls.PASSWORD)
                    .keyManagerPassword(LoopbackTls.PASSWORD)
                    .keystoreType("PKCS12"))
            .build();

    static final String EXPECTED = """
            OK                              | success                    | 1
            GZIPPED_OK                      | success                    | 1
            RATE_LIMITED_THEN_OK            | success                    | 2
            HTTP_503_THEN_OK                | success                    | 2
            HTTP_500_ALWAYS                 | ServerException            | 3
            HTTP_404                        | NotFoundException          | 1
            HTTP_401                        | AuthenticationException    | 1
            """;

    static final Map<String, String> ACTUAL = new TreeMap<>();

    static String httpsBaseUrl() {
        return "https://127.0.0.1:" + server.getRuntimeInfo().getHttpsPort();
    }

    enum Row {
        OK(ok(), false),
        // a body large enough that the server compresses it when asked (Accept-Encoding: gzip)
        GZIPPED_OK(
                aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(TestBodies.page(1, 50, TestBodies.ids(0, 40))),
                false),
        RATE_LIMITED_THEN_OK(error(429).withHeader("Retry-After", "2"), true),
        HTTP_503_THEN_OK(error(503), true),
        HTTP_500_ALWAYS(error(500), false),
        HTTP_404(error(404), false),
        HTTP_401(error(401), false);

        @SuppressWarnings("ImmutableEnumChecker") // only read: passed to willReturn, never modified
        final ResponseDefinitionBuilder first;

        final boolean recovers;

        Row(ResponseDefinitionBuilder first, boolean recovers) {
            this.first = first;
            this.recovers = recovers;
        }
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    DynamicRoutesClient.Builder tlsClient(TestClients.FakeTime time) {
        return TestClients.builder(httpsBaseUrl(), time).sslContext(LoopbackTls.clientContext());
    }

    @ParameterizedTest
    @EnumSource(Row.class)
    void statusAndRetryRowsOverHttp2(Row row) {
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .inScenario("row")
                .whenScenarioStateIs(STARTED)
                .willReturn(row.first)
                .willSetStateTo(row.recovers ? "recovered" : STARTED));
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .inScenario("row")
                .whenScenarioStateIs("recovered")
                .willReturn(ok()));
        TestClients.FakeTime time = new TestClients.FakeTime();
        Object outcome;
        try (DynamicRoutesClient client = tlsClient(time).build()) {
            outcome = client.listRoutes(ACCOUNT, GATEWAY, 1, 50);
        } catch (RuntimeException e) {
            outcome = e;
        }
        int seen = server.findAll(getRequestedFor(urlPathEqualTo(ROUTES_PATH))).size();
        String described = outcome instanceof Throwable t ? t.getClass().getSimpleName() : "success";
        String line = String.format("%-31s | %-26s | %d", row, described, seen);
        ACTUAL.put(row.name(), line);

        assertThat(line).isEqualTo(TransportTables.expectedLine(EXPECTED, row.name()));
        assertThat(server.getAllServeEvents())
                .allSatisfy(
                        event -> assertThat(event.getRequest().getProtocol()).isEqualTo("HTTP/2.0"));
        if (row == Row.RATE_LIMITED_THEN_OK) {
            assertThat(time.waits).containsExactly(Duration.ofSeconds(2));
        }
        if (row == Row.GZIPPED_OK) {
            assertThat(((RoutesPage) outcome).routes()).hasSize(40);
            assertThat(server.getAllServeEvents().get(0).getRequest().getHeader("Accept-Encoding"))
                    .isEqualTo("gzip, deflate");
        }
    }

    @Test
    void withoutTheTrustedContextTheCertificateIsRefused() {
        try (DynamicRoutesClient client = TestClients.builder(httpsBaseUrl(), new TestClients.FakeTime())
                .maxRetries(0)
                .build()) {
            Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
            assertThat(thrown).isExactlyInstanceOf(ApiConnectionException.class);
            assertThat(thrown.getMessage())
                    .contains("TLS with 127.0.0.1:" + server.getRuntimeInfo().getHttpsPort());
        }
    }

    @Test
    void hostnameVerificationStaysOn() {
        // the certificate names IP 127.0.0.1 only; "localhost" reaches the same server but must not match
        String viaName = "https://localhost:" + server.getRuntimeInfo().getHttpsPort();
        try (DynamicRoutesClient client = tlsClient(new TestClients.FakeTime())
                .baseUrl(viaName + "/client/v4")
                .maxRetries(0)
                .build()) {
            Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
            assertThat(thrown).isExactlyInstanceOf(ApiConnectionException.class);
            assertThat(thrown.getMessage()).contains("TLS with localhost");
        }
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void concurrentCallsOverOneHttp2ConnectionEachGetTheirOwnData() throws Exception {
        int threads = 32;
        int callsPerThread = 50;
        server.stubFor(get(urlPathMatching(".*/routes"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("cf-ray", "ray-{{request.pathSegments.[6]}}")
                        .withBody(TestBodies.page(1, 1, List.of("{{request.pathSegments.[6]}}")))
                        .withTransformers("response-template")));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (DynamicRoutesClient client = tlsClient(new TestClients.FakeTime()).build()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int mine = 0;
                    for (int i = 0; i < callsPerThread; i++) {
                        String gateway = "t" + thread + "-c" + i;
                        RoutesPage page = client.listRoutes(ACCOUNT, gateway, 1, 1);
                        if (page.routes().size() != 1
                                || !page.routes().get(0).id().equals(gateway)
                                || !page.cfRay().orElse("").equals("ray-" + gateway)) {
                            throw new AssertionError("thread " + thread + " call " + i + " got " + page);
                        }
                        mine++;
                    }
                    return mine;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(5, TimeUnit.MINUTES);
            }
            assertThat(total).isEqualTo(threads * callsPerThread);
            assertThat(server.getAllServeEvents()).hasSize(threads * callsPerThread);
            assertThat(server.getAllServeEvents())
                    .allSatisfy(event ->
                            assertThat(event.getRequest().getProtocol()).isEqualTo("HTTP/2.0"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theExchangeLogNamesTheNegotiatedProtocol() {
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH)).willReturn(ok()));
        ExchangeLogTest.RecordingLogger log = new ExchangeLogTest.RecordingLogger(true);
        try (DynamicRoutesClient client = tlsClient(new TestClients.FakeTime())
                .logLevel(LogLevel.BASIC)
                .httpLog(log)
                .build()) {
            client.listRoutes(ACCOUNT, GATEWAY, 1, 50);
        }
        assertThat(log.lines).anySatisfy(line -> assertThat(line).matches("DEBUG .*<--- HTTP/2\\.0 200 \\(\\d+ms\\)"));
    }

    @AfterAll
    static void printMatrix() {
        System.out.println("TLS + HTTP/2 (ALPN) row -> outcome -> requests the server saw");
        ACTUAL.values().forEach(System.out::println);
    }
}
