package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static dev.dynamicroutes.client.TestClients.EMAIL;
import static dev.dynamicroutes.client.TestClients.KEY;
import static dev.dynamicroutes.client.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Captures everything the library logs (slf4j-simple writes to System.err, see
 * simplelogger.properties: this library's loggers at TRACE) through success, retry, error and
 * connection-failure scenarios, with both auth schemes, at every Feign log level, and checks that the
 * token, key and email appear nowhere: not in the logs, not in exception messages or toString().
 */
@Tag("logging")
class LogRedactionTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    final TestClients.FakeTime time = new TestClients.FakeTime();
    final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    final List<String> exceptionTexts = new ArrayList<>();
    PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
    }

    void scenarios(DynamicRoutesClient.Builder builder) throws Exception {
        // success after a retried 503 (Retry-After: 0 so the fake sleeper records no real wait)
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1"))
                .inScenario("s")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("ok")
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Retry-After", "0")
                        .withBody("{\"success\":false,\"errors\":[{\"code\":1,\"message\":\"busy\"}]}")));
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1"))
                .inScenario("s")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(TestBodies.page(1, 50, List.of("r1")))));
        // an authentication error
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody(TestBodies.cloudflareError(10000, "Authentication error"))));

        DynamicRoutesClient client = builder.build();
        exceptionTexts.add(client.toString());
        exceptionTexts.add(builder.toString());
        client.listRoutes(ACCOUNT, GATEWAY, 1, 50);
        record(() -> client.listRoutes(ACCOUNT, GATEWAY, 2, 50));

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DynamicRoutesClient unreachable =
                builder.baseUrl("http://127.0.0.1:" + closedPort).build();
        record(() -> unreachable.listRoutes(ACCOUNT, GATEWAY, 1, 50));
    }

    void record(Runnable call) {
        try {
            call.run();
            throw new AssertionError("expected a failure");
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                exceptionTexts.add(t.toString());
                for (Throwable s : t.getSuppressed()) {
                    exceptionTexts.add(s.toString());
                }
            }
        }
    }

    void assertNoSecrets(LogLevel level) {
        System.err.flush();
        String logs = captured.toString(StandardCharsets.UTF_8);
        // the capture really holds the exchange, so the absence checks below mean something
        assertThat(logs).contains("retry 1 of 2");
        if (level != LogLevel.NONE) {
            assertThat(logs).contains("GET http://127.0.0.1");
        }
        for (String secret : List.of(TOKEN, KEY, EMAIL, "secret.person")) {
            assertThat(logs).as("logs").doesNotContain(secret);
            assertThat(exceptionTexts)
                    .as("exception messages and toString()")
                    .allSatisfy(text -> assertThat(text).doesNotContain(secret));
        }
    }

    @ParameterizedTest(name = "token, Feign log level {0}")
    @EnumSource(LogLevel.class)
    void tokenNeverLogged(LogLevel level) throws Exception {
        scenarios(TestClients.builder(server.baseUrl(), time).logLevel(level));
        assertNoSecrets(level);
        if (level == LogLevel.FULL || level == LogLevel.HEADERS) {
            // headers are logged at these levels; only the credential headers are left out
            assertThat(captured.toString(StandardCharsets.UTF_8))
                    .contains("User-Agent: dynamic-routes-client-java")
                    .doesNotContainIgnoringCase("authorization:");
        }
    }

    @ParameterizedTest(name = "email + key, Feign log level {0}")
    @EnumSource(LogLevel.class)
    void emailAndKeyNeverLogged(LogLevel level) throws Exception {
        scenarios(TestClients.builder(server.baseUrl(), time).apiKey(EMAIL, KEY).logLevel(level));
        assertNoSecrets(level);
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContainIgnoringCase("x-auth-");
    }
}
