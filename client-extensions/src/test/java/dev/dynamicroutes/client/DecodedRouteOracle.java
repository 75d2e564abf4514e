package dev.dynamicroutes.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteElement;
import dev.dynamicroutes.element.RouteJson;
import dev.dynamicroutes.element.StartElement;
import dev.dynamicroutes.element.UnknownElement;
import dev.dynamicroutes.graph.GraphProblem;
import dev.dynamicroutes.graph.GraphProblem.Kind;
import dev.dynamicroutes.graph.RouteGraph;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What must hold of any route the decoder accepted, whatever the body was: the fuzz test's oracle.
 * Each check is computed independently of {@link RouteGraph} from the elements themselves, so a graph
 * that misreports a problem, or a decoder that invents or loses data, fails here. Public for the
 * hostile-corpus test in another package.
 */
public final class DecodedRouteOracle {

    private static final ObjectMapper MAPPER = RouteJson.newObjectMapper();

    private DecodedRouteOracle() {}

    /** Fails (AssertionError) unless {@code route} keeps every invariant. */
    public static void check(Route route) throws Exception {
        List<RouteElement> elements = route.elements();
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(route));

        // every element id present: a known element's id is the string it was sent with; an unknown
        // one's is its string id or "" when it had none
        for (int i = 0; i < elements.size(); i++) {
            RouteElement element = elements.get(i);
            assertThat(element.id()).as("id of element %d", i).isNotNull();
            JsonNode id = written.path("elements").path(i).path("id");
            if (element instanceof UnknownElement) {
                assertThat(element.id()).isEqualTo(id.isTextual() ? id.textValue() : "");
            } else {
                assertThat(id.isTextual())
                        .as("known element %d written with a string id", i)
                        .isTrue();
                assertThat(id.textValue()).isEqualTo(element.id());
            }
        }

        // re-serialisation round trip: the same value back, and the same bytes when written again
        String json = MAPPER.writeValueAsString(route);
        Route again = MAPPER.readValue(json, Route.class);
        assertThat(again).isEqualTo(route);
        assertThat(MAPPER.writeValueAsString(again)).isEqualTo(json);

        checkGraph(route);
    }

    /** Graph problems consistent with the elements, counted here without the graph's code. */
    static void checkGraph(Route route) {
        List<RouteElement> elements = route.elements();
        RouteGraph graph = RouteGraph.of(route);
        List<GraphProblem> problems = graph.problems();

        long starts = elements.stream().filter(StartElement.class::isInstance).count();
        Set<String> ids = new HashSet<>();
        int withId = 0;
        int withoutId = 0;
        for (RouteElement element : elements) {
            if (element.id().isEmpty()) {
                withoutId++;
            } else {
                withId++;
                ids.add(element.id());
            }
        }
        int dangling = 0;
        for (RouteElement element : elements) {
            for (String target : element.outputs().values()) {
                if (target.isEmpty() || !ids.contains(target)) {
                    dangling++;
                }
            }
        }
        assertThat(count(problems, Kind.NO_START)).isEqualTo(starts == 0 ? 1 : 0);
        assertThat(count(problems, Kind.MULTIPLE_STARTS)).isEqualTo(starts > 1 ? 1 : 0);
        assertThat(count(problems, Kind.MISSING_ID)).isEqualTo(withoutId);
        assertThat(count(problems, Kind.DUPLICATE_ID)).isEqualTo(withId - ids.size());
        assertThat(count(problems, Kind.DANGLING_REFERENCE)).isEqualTo(dangling);

        List<RouteElement> reached = graph.breadthFirst();
        Set<RouteElement> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        // by identity, in a set: a scan of the list per element is quadratic on 50 000-element routes
        Set<RouteElement> ofTheRoute = Collections.newSetFromMap(new IdentityHashMap<>());
        ofTheRoute.addAll(elements);
        for (RouteElement element : reached) {
            assertThat(distinct.add(element))
                    .as("breadthFirst lists %s once", element.id())
                    .isTrue();
            assertThat(ofTheRoute.contains(element)).isTrue();
        }
        if (starts == 0) {
            assertThat(reached).isEmpty();
            assertThat(count(problems, Kind.UNREACHABLE)).isZero();
        } else {
            assertThat(reached.get(0)).isInstanceOf(StartElement.class);
            assertThat(count(problems, Kind.UNREACHABLE)).isEqualTo(elements.size() - reached.size());
        }
        assertThat(graph.problems().isEmpty()).isEqualTo(problems.isEmpty());
        for (int i = 1; i < problems.size(); i++) {
            assertThat(problems.get(i).kind())
                    .as("problems in kind order")
                    .isGreaterThanOrEqualTo(problems.get(i - 1).kind());
        }
        for (GraphProblem problem : problems) {
            if (problem.elementId() != null) {
                assertThat(ids).as("element of %s", problem).contains(problem.elementId());
            }
        }
    }

    private static long count(List<GraphProblem> problems, Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).count();
    }
}
