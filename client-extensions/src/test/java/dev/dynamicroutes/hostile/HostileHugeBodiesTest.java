package dev.dynamicroutes.hostile;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Huge hostile bodies, generated rather than stored (deep nesting, a 50 MB string, a 5 000-digit
 * number, 50 000 elements), each with its expected outcome: the parser's limits stop the first four
 * with a typed exception, the long chain decodes. Slow (tens of MB per body), so left out of the
 * mutation run.
 */
class HostileHugeBodiesTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @TestFactory
    Stream<DynamicTest> generatedHugeBodies() {
        // the parser's limits (nesting 500, strings 8 MB, numbers 1 000 digits) fail inside the route
        // being read; the location names that route
        String inRoute = "InvalidResponseException at $.data.routes[0]";
        return Stream.of(
                expect("conditions nested 10 000 deep", () -> deepConditions(10_000), inRoute),
                expect("unknown element nested 10 000 deep", () -> deepUnknown(10_000), inRoute),
                expect("50 MB string", () -> bigString(50 * 1024 * 1024), inRoute),
                expect("5 000-digit number", () -> longNumber(5_000), inRoute),
                expect("50 000 elements in a chain", () -> manyElements(50_000), "decoded 1 route(s); graph: valid"));
    }

    static DynamicTest expect(String name, Supplier<byte[]> body, String expected) {
        return DynamicTest.dynamicTest(name, () -> {
            String actual = HostileCorpus.outcome(server, name, body.get());
            System.out.printf("%-36s -> %s%n", name, actual);
            assertThat(actual).as(name).isEqualTo(expected);
        });
    }

    // --- generated bodies ---

    static final String ROUTE_HEAD = "{\"success\":true,\"data\":{\"order_by\":\"o\",\"order_by_direction\":\"d\","
            + "\"page\":1,\"per_page\":50,\"routes\":[{\"id\":\"r1\",\"account_tag\":\"a\","
            + "\"created_at\":\"2025-03-04T10:15:30.123Z\",\"modified_at\":\"2025-03-04T10:15:30.123Z\",\"gateway_id\":\"g\","
            + "\"name\":\"n\",\"deployment\":{\"created_at\":\"c\",\"deployment_id\":\"d\",\"version_id\":\"v\"},";

    static byte[] route(String version, String elements) {
        return (ROUTE_HEAD + "\"version\":" + version + ",\"elements\":[" + elements + "]}]}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static final String VERSION = "{\"active\":\"true\",\"created_at\":\"c\",\"data\":\"d\",\"version_id\":\"v\"}";
    static final String START = "{\"id\":\"s\",\"outputs\":{\"next\":{\"elementId\":\"c\"}},\"type\":\"start\"}";
    static final String END = "{\"id\":\"e\",\"outputs\":{},\"type\":\"end\"}";

    static byte[] deepConditions(int depth) {
        String conditions = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        return route(
                VERSION,
                START + ",{\"id\":\"c\",\"outputs\":{\"true\":{\"elementId\":\"e\"},\"false\":{\"elementId\":\"e\"}},"
                        + "\"properties\":{\"conditions\":" + conditions + "},\"type\":\"conditional\"}," + END);
    }

    static byte[] deepUnknown(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        return route(VERSION, START + ",{\"id\":\"c\",\"nested\":" + nested + ",\"type\":\"future\"}," + END);
    }

    static byte[] bigString(int length) {
        String version = "{\"active\":\"true\",\"created_at\":\"c\",\"data\":\"" + "x".repeat(length)
                + "\",\"version_id\":\"v\"}";
        return route(version, START + "," + END);
    }

    static byte[] longNumber(int digits) {
        return route(
                VERSION,
                START
                        + ",{\"id\":\"c\",\"outputs\":{\"success\":{\"elementId\":\"e\"},\"fallback\":{\"elementId\":\"e\"}},"
                        + "\"properties\":{\"key\":\"k\",\"limit\":" + "9".repeat(digits)
                        + ",\"limitType\":\"count\",\"window\":1},"
                        + "\"type\":\"rate\"}," + END);
    }

    static byte[] manyElements(int count) {
        StringBuilder elements = new StringBuilder(START.replace("\"c\"", "\"p0\""));
        for (int i = 0; i < count; i++) {
            String next = i + 1 < count ? "p" + (i + 1) : "e";
            elements.append(",{\"id\":\"p")
                    .append(i)
                    .append("\",\"outputs\":{\"only\":{\"elementId\":\"")
                    .append(next)
                    .append("\"}},\"type\":\"percentage\"}");
        }
        return route(VERSION, elements.append(',').append(END).toString());
    }
}
