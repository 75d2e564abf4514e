package dev.dynamicroutes.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server whose route name and id carry a line break with a Mermaid {@code click … javascript:}
 * statement, an escape sequence and a bidi override: in every output format each line the example
 * prints holds no control or format character, and no server text starts a line of its own.
 */
class HostileOutputTest {

    static final String EVIL = "evil\\nclick start href \\\"javascript:alert(1)\\\"\\u001b[2J\\u202etxt";

    static final String BODY =
            "{\"success\":true,\"data\":{\"order_by\":\"created_at\",\"order_by_direction\":\"desc\","
                    + "\"page\":1,\"per_page\":50,\"routes\":[{\"id\":\"" + EVIL
                    + "\",\"account_tag\":\"acc\",\"name\":\""
                    + EVIL + "\",\"gateway_id\":\"gw\",\"created_at\":\"2025-03-04T10:15:30.123Z\","
                    + "\"modified_at\":\"2025-03-05T08:00:00Z\","
                    + "\"deployment\":{\"deployment_id\":\"dep-1\",\"version_id\":\"ver-1\",\"created_at\":\"c\"},"
                    + "\"version\":{\"version_id\":\"ver-1\",\"data\":\"{}\",\"created_at\":\"c\",\"active\":\"true\"},"
                    + "\"elements\":[{\"id\":\"start\",\"type\":\"start\",\"outputs\":{\"next\":{\"elementId\":\"end\"}}},"
                    + "{\"id\":\"end\",\"type\":\"end\",\"outputs\":{}}]}]}}";

    @ParameterizedTest
    @ValueSource(strings = {"text", "mermaid", "dot", "json"})
    void everyLineIsFreeOfControlCharactersAndServerTextStartsNoLine(String format) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            ListRoutesExampleTest.Run run = ListRoutesExampleTest.run(
                    Map.of(
                            "CLOUDFLARE_API_TOKEN", "t",
                            "CLOUDFLARE_ACCOUNT_ID", "acc",
                            "CLOUDFLARE_GATEWAY_ID", "gw",
                            "CLOUDFLARE_BASE_URL",
                                    "http://127.0.0.1:" + server.getAddress().getPort()),
                    "--format",
                    format);
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("javascript:alert(1)");
            assertThat(run.out().lines())
                    .allSatisfy(line -> assertThat(line).doesNotContainPattern("[\\p{Cc}&&[^\\t]]|\\p{Cf}"))
                    .noneSatisfy(line -> assertThat(line.strip()).startsWith("click"));
        } finally {
            server.stop(0);
        }
    }
}
