package dev.dynamicroutes.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.client.DynamicRoutesClient;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.error.DynamicRoutesException;
import dev.dynamicroutes.graph.DotFormat;
import dev.dynamicroutes.graph.MermaidFormat;
import dev.dynamicroutes.graph.RouteGraph;
import dev.dynamicroutes.pagination.RoutesPage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile response bodies, served by a real loopback server and read by the real client: each must
 * give decoded routes (that the graph code then handles) or one of our typed exceptions, never
 * another exception type, a StackOverflowError or an OutOfMemoryError, and within a bounded time.
 *
 * <p>The stored corpus is {@code src/test/resources/hostile/}; the huge bodies (deep nesting, a 50 MB
 * string, a 5 000-digit number, 50 000 elements) are generated here rather than stored. The outcome
 * of every body is printed as a table at the end.
 */
class HostileResponseTest {

    static final Duration BOUND = Duration.ofSeconds(30);
    static final List<String> OUTCOMES = new ArrayList<>();

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @TestFactory
    Stream<DynamicTest> storedCorpus() throws IOException, URISyntaxException {
        Path dir = Path.of(HostileResponseTest.class.getResource("/hostile").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(60);
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(
                        file.getFileName().toString(),
                        () -> check(file.getFileName().toString(), Files.readAllBytes(file))));
    }

    @TestFactory
    Stream<DynamicTest> generatedHugeBodies() {
        return Stream.of(
                DynamicTest.dynamicTest(
                        "conditions nested 10 000 deep", () -> check("deep-conditions", deepConditions(10_000))),
                DynamicTest.dynamicTest(
                        "unknown element nested 10 000 deep", () -> check("deep-unknown", deepUnknown(10_000))),
                DynamicTest.dynamicTest("50 MB string", () -> check("50mb-string", bigString(50 * 1024 * 1024))),
                DynamicTest.dynamicTest("5 000-digit number", () -> check("long-number", longNumber(5_000))),
                DynamicTest.dynamicTest(
                        "50 000 elements in a chain", () -> check("50k-elements", manyElements(50_000))));
    }

    @AfterAll
    static void printMatrix() {
        System.out.println("hostile body -> outcome");
        OUTCOMES.forEach(System.out::println);
    }

    static void check(String name, byte[] body) {
        server.resetAll();
        server.stubFor(get(urlPathMatching(".*/routes"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("cf-ray", "hostile-ray")
                        .withBody(body)));
        DynamicRoutesClient client = DynamicRoutesClient.builder()
                .logLevel(dev.dynamicroutes.client.LogLevel.NONE)
                .apiToken("hostile-test-token")
                .baseUrl(server.baseUrl() + "/client/v4")
                .maxRetries(0)
                .build();
        String outcome = assertTimeoutPreemptively(
                BOUND,
                () -> {
                    try {
                        RoutesPage page = client.listRoutes("acc", "gw", 1, 50);
                        for (Route route : page.routes()) {
                            RouteGraph graph = RouteGraph.of(route);
                            graph.problems();
                            graph.breadthFirst();
                            MermaidFormat.render(graph);
                            DotFormat.render(graph);
                        }
                        return "decoded " + page.routes().size() + " route(s)";
                    } catch (DynamicRoutesException e) {
                        assertThat(e.getMessage())
                                .as("message of %s", e.getClass().getSimpleName())
                                .isNotBlank();
                        assertThat(e.getMessage().length()).as("message length").isLessThan(4_000);
                        return e.getClass().getSimpleName() + ": " + abbreviate(e.getMessage());
                    }
                },
                () -> name + " took longer than " + BOUND);
        OUTCOMES.add(String.format("%-36s -> %s", name, outcome));
    }

    static String abbreviate(String s) {
        String line = s.replaceAll("\\s+", " ");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
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
