package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * The exchange log of the README's Logging section, written to a logger of the test's own (the
 * builder's {@code httpLog} seam) so that it runs whatever the global log configuration is, the
 * mutation run's included (it sets {@code dev.dynamicroutes} to WARN; {@code LogLevelsTest} checks
 * the same through slf4j-simple and the real logger name): what each {@link LogLevel} writes, that no
 * level writes a credential or an echoed secret, that a line is bounded, that FULL shows the first
 * 4 KiB of the body and still decodes all of it, and that a body failing to arrive fails the call as
 * it would without logging.
 */
class ExchangeLogTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    /** Records what is logged at DEBUG (when enabled) and above. */
    static final class RecordingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;
        final transient List<String> lines = new CopyOnWriteArrayList<>();
        private final boolean debug;

        RecordingLogger(boolean debug) {
            this.debug = debug;
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return debug;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return RecordingLogger.class.getName();
        }

        @Override
        protected void handleNormalizedLoggingCall(
                Level level, Marker marker, String message, Object[] arguments, Throwable throwable) {
            lines.add(level + " " + MessageFormatter.basicArrayFormat(message, arguments));
        }
    }

    /** What one call logged, by kind of line. */
    record Logged(
            boolean requestLine,
            boolean statusLine,
            boolean userAgent,
            boolean responseHeader,
            boolean body,
            boolean endLine,
            boolean credential) {
        @Override
        public String toString() {
            return String.format(
                    "request %-5s status %-5s user-agent %-5s response header %-5s body %-5s end %-5s credential %s",
                    requestLine, statusLine, userAgent, responseHeader, body, endLine, credential);
        }
    }

    @Test
    void eachLevelLogsWhatTheReadmeSaysAndNoCredential() {
        serveOk(TestBodies.page(1, 50, List.of("route-in-the-body")));
        List<String> table = new ArrayList<>();
        for (LogLevel level : LogLevel.values()) {
            for (boolean token : List.of(true, false)) {
                RecordingLogger log = new RecordingLogger(true);
                call(
                        log,
                        b -> token ? b.logLevel(level) : b.logLevel(level).apiKey(TestClients.EMAIL, TestClients.KEY));
                table.add(level + (token ? " token " : " key   ") + logged(log.lines));
            }
        }
        table.forEach(System.out::println);

        assertThat(table)
                .containsExactly(
                        "NONE token request false status false user-agent false response header false body false end false credential false",
                        "NONE key   request false status false user-agent false response header false body false end false credential false",
                        "BASIC token request true  status true  user-agent false response header false body false end false credential false",
                        "BASIC key   request true  status true  user-agent false response header false body false end false credential false",
                        "HEADERS token request true  status true  user-agent true  response header true  body false end true  credential false",
                        "HEADERS key   request true  status true  user-agent true  response header true  body false end true  credential false",
                        "FULL token request true  status true  user-agent true  response header true  body true  end true  credential false",
                        "FULL key   request true  status true  user-agent true  response header true  body true  end true  credential false");
    }

    @Test
    void theStatusLineHasNoReasonAndEveryLineIsAtDebug() {
        serveOk(TestBodies.page(1, 50, List.of("r1")));
        RecordingLogger log = new RecordingLogger(true);
        call(log, b -> b.logLevel(LogLevel.BASIC));

        assertThat(log.lines).hasSize(2).allMatch(l -> l.startsWith("DEBUG "));
        assertThat(log.lines.get(0))
                .isEqualTo("DEBUG [DynamicRoutesApi#listRoutesWithHttpInfo] ---> GET " + server.baseUrl() + ROUTES_PATH
                        + "?page=1&per_page=50 HTTP/1.1");
        assertThat(log.lines.get(1))
                .matches("DEBUG \\[DynamicRoutesApi#listRoutesWithHttpInfo] <--- HTTP/1\\.1 200 \\(\\d+ms\\)");
    }

    @Test
    void withDebugOffNothingIsLoggedAndTheCallIsUnchanged() {
        serveOk(TestBodies.page(1, 50, List.of("r1", "r2")));
        RecordingLogger log = new RecordingLogger(false);
        assertThat(call(log, b -> b.logLevel(LogLevel.FULL))).isEqualTo(2);
        assertThat(log.lines).isEmpty();
    }

    @Test
    void anEchoedSecretAndControlCharactersNeverReachTheLog() {
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("X-Echo", "you sent " + TestClients.TOKEN)
                        .withBody(TestBodies.page(1, 50, List.of(TestClients.TOKEN + "\\u001b[31m")))));
        RecordingLogger log = new RecordingLogger(true);
        call(log, b -> b.logLevel(LogLevel.FULL));

        String all = String.join("\n", log.lines);
        assertThat(all).doesNotContain(TestClients.TOKEN).doesNotContain("\u001b");
        assertThat(log.lines)
                .anyMatch(l -> l.toLowerCase(Locale.ROOT).endsWith("x-echo: you sent [redacted]"))
                .anyMatch(l -> l.contains("\"id\":\"[REDACTED]\\u001b[31m\""));
    }

    @Test
    void fullLogsTheFirst4KibOfALargerBodyAndTheClientStillDecodesAllOfIt() {
        List<String> ids = TestBodies.ids(0, 12);
        String body = TestBodies.page(1, 50, ids);
        assertThat(body.length()).isGreaterThan(RedactingLogger.MAX_LOGGED_BODY_BYTES);
        serveOk(body);
        RecordingLogger log = new RecordingLogger(true);

        assertThat(call(log, b -> b.logLevel(LogLevel.FULL))).isEqualTo(12);
        assertThat(log.lines)
                .contains("DEBUG [DynamicRoutesApi#listRoutesWithHttpInfo] "
                        + body.substring(0, RedactingLogger.MAX_LOGGED_BODY_BYTES))
                .contains("DEBUG [DynamicRoutesApi#listRoutesWithHttpInfo] <--- END HTTP (first 4096 bytes of the body"
                        + " shown)");
    }

    @Test
    void aLogLineIsBounded() {
        String value = "v".repeat(RedactingLogger.MAX_LINE_CHARS);
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("X-Long", value)
                        .withBody(TestBodies.page(1, 50, List.of("r1")))));
        RecordingLogger log = new RecordingLogger(true);
        call(log, b -> b.logLevel(LogLevel.HEADERS));

        String prefix = "DEBUG [DynamicRoutesApi#listRoutesWithHttpInfo] ";
        assertThat(log.lines)
                .filteredOn(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT) + "x-long: "))
                .singleElement()
                .satisfies(l -> assertThat(l.substring(prefix.length()))
                        .hasSize(RedactingLogger.MAX_LINE_CHARS + 3)
                        .endsWith("v..."));
    }

    @Test
    void aBodyFailingWhileItIsLoggedFailsTheCallAsWithoutLogging() {
        server.stubFor(
                get(urlPathEqualTo(ROUTES_PATH)).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        List<String> table = new ArrayList<>();
        for (LogLevel level : List.of(LogLevel.NONE, LogLevel.HEADERS, LogLevel.FULL)) {
            RecordingLogger log = new RecordingLogger(true);
            Throwable thrown = catchThrowable(() -> call(log, b -> b.logLevel(level)));
            table.add(level + " -> "
                    + (thrown == null ? "decoded" : thrown.getClass().getSimpleName()));
        }

        assertThat(table)
                .containsExactly(
                        "NONE -> ApiConnectionException",
                        "HEADERS -> ApiConnectionException",
                        "FULL -> ApiConnectionException");
    }

    @Test
    void fullEndsWithABlankLineTheBodyAndHowManyBytesWereShown() {
        String body = TestBodies.page(1, 50, List.of("r1"));
        serveOk(body);
        RecordingLogger log = new RecordingLogger(true);
        call(log, b -> b.logLevel(LogLevel.FULL));

        String prefix = "DEBUG [DynamicRoutesApi#listRoutesWithHttpInfo] ";
        assertThat(log.lines.subList(log.lines.size() - 3, log.lines.size()))
                .containsExactly(
                        prefix,
                        prefix + body,
                        prefix + "<--- END HTTP (first " + body.getBytes(StandardCharsets.UTF_8).length
                                + " bytes of the body shown)");
    }

    @Test
    void aBodyThatBreaksOffWhileFullLogsItIsLoggedAsUnreadableAndFailsTheCallAsWithoutLogging() throws Exception {
        // the headers promise 1000 bytes; 10 arrive, then the connection closes
        try (ScriptedServer server = new ScriptedServer((n, out) -> {
            out.write(ScriptedServer.head(200, "Content-Type: application/json", "Content-Length: 1000"));
            out.write("{\"result\":".getBytes(StandardCharsets.UTF_8));
        })) {
            List<String> table = new ArrayList<>();
            RecordingLogger fullLog = new RecordingLogger(true);
            for (LogLevel level : List.of(LogLevel.NONE, LogLevel.FULL)) {
                RecordingLogger log = level == LogLevel.FULL ? fullLog : new RecordingLogger(true);
                Throwable thrown = catchThrowable(() -> {
                    try (DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                            .maxRetries(0)
                            .logLevel(level)
                            .httpLog(log)
                            .build()) {
                        client.listRoutes(ACCOUNT, GATEWAY, 1, 50);
                    }
                });
                table.add(level + " -> "
                        + (thrown == null ? "decoded" : thrown.getClass().getSimpleName()));
            }

            assertThat(table).containsExactly("NONE -> ApiConnectionException", "FULL -> ApiConnectionException");
            assertThat(fullLog.lines)
                    .last()
                    .asString()
                    .startsWith(
                            "DEBUG [DynamicRoutesApi#listRoutesWithHttpInfo] <--- END HTTP (body could not be read: ");
        }
    }

    @Test
    void atNoneNoSlf4jLoggerIsCreatedAtAll() {
        // NONE must not start SLF4J (a cold process pays for its provider lookup): Feign's no-op logger
        RecordingLogger log = new RecordingLogger(true);
        ServerText text = ServerText.redacting(List.of());
        assertThat(RedactingLogger.forLevel(LogLevel.NONE, text, log)).isInstanceOf(feign.Logger.NoOpLogger.class);
        assertThat(RedactingLogger.forLevel(LogLevel.BASIC, text, log)).isInstanceOf(RedactingLogger.class);
    }

    private static void serveOk(String body) {
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("X-Response-Marker", "marker-7")
                        .withBody(body)));
    }

    /** One call with the test's logger; the number of routes decoded. */
    private static int call(RecordingLogger log, UnaryOperator<DynamicRoutesClient.Builder> settings) {
        try (DynamicRoutesClient client = settings.apply(
                        TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                                .maxRetries(0)
                                .httpLog(log))
                .build()) {
            return client.listRoutes(ACCOUNT, GATEWAY, 1, 50).routes().size();
        }
    }

    private Logged logged(List<String> lines) {
        String all = String.join("\n", lines).toLowerCase(Locale.ROOT);
        return new Logged(
                lines.stream().anyMatch(l -> l.contains("---> GET " + server.baseUrl() + ROUTES_PATH + "?page=1")),
                lines.stream().anyMatch(l -> l.matches(".*<--- HTTP/1\\.1 200 \\(\\d+ms\\)")),
                lines.stream().anyMatch(l -> l.contains("User-Agent: dynamic-routes-client-java/")),
                lines.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).contains("x-response-marker: marker-7")),
                lines.stream().anyMatch(l -> l.contains("route-in-the-body")),
                lines.stream().anyMatch(l -> l.contains("<--- END HTTP")),
                all.contains("authorization")
                        || all.contains("x-auth-key")
                        || all.contains("x-auth-email")
                        || all.contains(TestClients.TOKEN.toLowerCase(Locale.ROOT))
                        || all.contains(TestClients.KEY.toLowerCase(Locale.ROOT))
                        || all.contains(TestClients.EMAIL.toLowerCase(Locale.ROOT)));
    }
}
