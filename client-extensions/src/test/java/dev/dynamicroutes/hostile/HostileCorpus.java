package dev.dynamicroutes.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.client.DecodedRouteOracle;
import dev.dynamicroutes.client.DynamicRoutesClient;
import dev.dynamicroutes.client.LogLevel;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteDecodeException;
import dev.dynamicroutes.error.DynamicRoutesException;
import dev.dynamicroutes.error.InvalidResponseException;
import dev.dynamicroutes.graph.DotFormat;
import dev.dynamicroutes.graph.GraphProblem;
import dev.dynamicroutes.graph.MermaidFormat;
import dev.dynamicroutes.graph.RouteGraph;
import dev.dynamicroutes.pagination.RoutesPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Serves one hostile body from a real loopback server, reads it with the real client, and describes
 * the outcome in one line that names the decision and not the wording: {@code decoded 1 route(s);
 * graph: CYCLE} for decoded routes (with the kinds of graph problem of each route, after checking the
 * route against {@link DecodedRouteOracle} and rendering its graph both ways), {@code InvalidResponseException(RouteDecodeException) at
 * $.data.routes[0].elements[1].id} for a failure (the exception type, the type of its cause when it
 * is ours, and the JSON path it names, {@code -} when none).
 */
final class HostileCorpus {

    static final Duration BOUND = Duration.ofSeconds(30);

    private HostileCorpus() {}

    static String outcome(WireMockExtension server, String name, byte[] body) {
        server.resetAll();
        server.stubFor(get(urlPathMatching(".*/routes"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("cf-ray", "hostile-ray")
                        .withBody(body)));
        DynamicRoutesClient client = DynamicRoutesClient.builder()
                .logLevel(LogLevel.NONE)
                .apiToken("hostile-test-token")
                .baseUrl(server.baseUrl() + "/client/v4")
                .maxRetries(0)
                .build();
        // The bound covers the library's work (fetch, decode, graph, render); the oracle's own checks run
        // after it, so a slow assertion library on a busy machine is not taken for a hang.
        Outcome outcome = assertTimeoutPreemptively(
                BOUND,
                () -> {
                    try {
                        RoutesPage page = client.listRoutes("acc", "gw", 1, 50);
                        List<String> graphs = new ArrayList<>();
                        for (Route route : page.routes()) {
                            RouteGraph graph = RouteGraph.of(route);
                            graph.breadthFirst();
                            MermaidFormat.render(graph);
                            DotFormat.render(graph);
                            graphs.add(
                                    graph.problems().isEmpty()
                                            ? "valid"
                                            : graph.problems().stream()
                                                    .map(GraphProblem::kind)
                                                    .distinct()
                                                    .map(Enum::name)
                                                    .collect(Collectors.joining(",")));
                        }
                        return new Outcome(
                                "decoded " + page.routes().size() + " route(s)"
                                        + (graphs.isEmpty() ? "" : "; graph: " + String.join(" | ", graphs)),
                                page.routes());
                    } catch (DynamicRoutesException e) {
                        assertThat(e.getMessage())
                                .as("message of %s", e.getClass().getSimpleName())
                                .isNotBlank();
                        assertThat(e.getMessage().length()).as("message length").isLessThan(4_000);
                        return new Outcome(describe(e), List.of());
                    }
                },
                () -> name + " took longer than " + BOUND);
        for (Route route : outcome.routes()) {
            try {
                DecodedRouteOracle.check(route);
            } catch (Exception e) {
                throw new AssertionError(name + ": the decoded route fails the oracle", e);
            }
        }
        return outcome.text();
    }

    private record Outcome(String text, List<Route> routes) {}

    static String describe(DynamicRoutesException e) {
        String type = e.getClass().getSimpleName();
        if (e.getCause() instanceof RouteDecodeException decode) {
            type += "(RouteDecodeException)";
            if (e instanceof InvalidResponseException invalid) {
                assertThat(invalid.jsonPath())
                        .as("the response names the route's location")
                        .contains(decode.jsonPath());
            }
        }
        String path = e instanceof InvalidResponseException invalid
                ? invalid.jsonPath().orElse("-")
                : "-";
        return type + " at " + path;
    }
}
