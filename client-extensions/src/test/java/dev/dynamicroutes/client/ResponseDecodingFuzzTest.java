package dev.dynamicroutes.client;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteJson;
import dev.dynamicroutes.error.DynamicRoutesException;
import dev.dynamicroutes.generated.model.ApiResponse;
import dev.dynamicroutes.generated.model.ListRoutesResponseDto;
import dev.dynamicroutes.graph.DotFormat;
import dev.dynamicroutes.graph.MermaidFormat;
import dev.dynamicroutes.graph.RouteGraph;
import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing (Jazzer) of what a response body goes through: the client's response
 * decoder (Feign {@link Response} in, generated models out), the typed routes, and the route graph
 * with both renderings. The only acceptable failure is one of our typed exceptions; anything else
 * (NullPointerException, ClassCastException, StackOverflowError, …) is a finding, and so is an
 * accepted body whose routes break {@link DecodedRouteOracle}'s invariants (element ids, graph
 * problems consistent with the elements, re-serialisation round trip).
 *
 * <p>In the normal build ({@code mvn verify}) this replays the seed corpus in
 * {@code src/test/resources/dev/dynamicroutes/client/ResponseDecodingFuzzTestInputs/decodeAndGraph/}
 * (including every crash found so far) as regression tests. To fuzz, see CONTRIBUTING.md, section
 * "Fuzzing": {@code JAZZER_FUZZ=1 mvn -pl client-extensions -am test -Dtest=ResponseDecodingFuzzTest
 * -Djazzer.max_duration=10m -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ResponseDecodingFuzzTest {

    private static final ResponseDecoder DECODER =
            new ResponseDecoder(RouteJson.newObjectMapper(), ServerText.NO_SECRETS);
    private static final Request REQUEST = Request.create(
            Request.HttpMethod.GET,
            "https://api.cloudflare.com/client/v4/accounts/a/ai-gateway/gateways/g/routes?page=1&per_page=50",
            Map.of(),
            null,
            StandardCharsets.UTF_8,
            null);

    @FuzzTest(maxDuration = "10m")
    void decodeAndGraph(byte[] body) throws Exception {
        Response response = Response.builder()
                .status(200)
                .reason("OK")
                .request(REQUEST)
                .headers(Map.of("content-type", List.of("application/json"), "cf-ray", List.of("fuzz-ray")))
                .body(body)
                .build();
        ListRoutesResponseDto decoded;
        try {
            // the type the client's operation asks for (listRoutesWithHttpInfo)
            decoded = (ListRoutesResponseDto) ((ApiResponse<?>) DECODER.decode(response, ApiResponse.class)).getData();
        } catch (DynamicRoutesException expected) {
            return;
        }
        // routes are typed while the body is decoded: a route that cannot be typed failed above
        for (Route route : ((ResponseDecoder.RoutesPageSeen) decoded.getData()).typedRoutes()) {
            // the oracle: what must hold of any accepted route (ids, graph problems, round trip)
            DecodedRouteOracle.check(route);
            RouteGraph graph = RouteGraph.of(route);
            MermaidFormat.render(graph);
            DotFormat.render(graph);
        }
    }
}
