package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What each {@link LogLevel} writes under the logger {@code dev.dynamicroutes.client.http}, as the
 * README's Logging section states it: one successful call per level, everything the library logs
 * captured (slf4j-simple writes to System.err, see simplelogger.properties), and a level → what was
 * logged table compared with the expected one.
 */
@Tag("logging")
class LogLevelsTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    private static final String HTTP_LOGGER = " dev.dynamicroutes.client.http - ";

    /** What one level logged: the request line, the status line, a header each way, the body. */
    record Logged(
            boolean requestLine, boolean statusLine, boolean requestHeader, boolean responseHeader, boolean body) {
        @Override
        public String toString() {
            return String.format(
                    "request line %-5s status %-5s request header %-5s response header %-5s body %s",
                    requestLine, statusLine, requestHeader, responseHeader, body);
        }
    }

    @Test
    void eachLevelLogsWhatTheReadmeSays() {
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("X-Response-Marker", "marker-7")
                        .withBody(TestBodies.page(1, 50, List.of("route-in-the-body")))));

        Map<LogLevel, Logged> actual = new LinkedHashMap<>();
        for (LogLevel level : LogLevel.values()) {
            List<String> lines = httpLogLines(level);
            actual.put(
                    level,
                    new Logged(
                            lines.stream()
                                    .anyMatch(l -> l.contains("GET " + server.baseUrl() + ROUTES_PATH + "?page=1")),
                            lines.stream().anyMatch(l -> l.matches(".*<--- HTTP/1\\.1 200 .*\\(\\d+ms\\)")),
                            lines.stream().anyMatch(l -> l.contains("User-Agent: dynamic-routes-client-java/")),
                            lines.stream()
                                    .anyMatch(l -> l.toLowerCase(Locale.ROOT).contains("x-response-marker: marker-7")),
                            lines.stream().anyMatch(l -> l.contains("route-in-the-body"))));
            assertThat(String.join("\n", lines).toLowerCase(Locale.ROOT))
                    .as("credentials at %s", level)
                    .doesNotContain("authorization", TestClients.TOKEN.toLowerCase(Locale.ROOT));
        }
        actual.forEach((level, logged) -> System.out.printf("%-8s %s%n", level, logged));

        assertThat(actual)
                .isEqualTo(Map.of(
                        LogLevel.NONE, new Logged(false, false, false, false, false),
                        LogLevel.BASIC, new Logged(true, true, false, false, false),
                        LogLevel.HEADERS, new Logged(true, true, true, true, false),
                        LogLevel.FULL, new Logged(true, true, true, true, true)));
    }

    /** The lines the {@code http} logger wrote during one call at this level. */
    private static List<String> httpLogLines(LogLevel level) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                .logLevel(level)
                .build()) {
            assertThat(client.listRoutes(ACCOUNT, GATEWAY, 1, 50).routes()).hasSize(1);
        } finally {
            System.err.flush();
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.contains(HTTP_LOGGER))
                .toList();
    }
}
