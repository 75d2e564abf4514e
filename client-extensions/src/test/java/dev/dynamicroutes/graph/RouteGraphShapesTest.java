package dev.dynamicroutes.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteElement;
import dev.dynamicroutes.element.RouteJson;
import dev.dynamicroutes.graph.GraphProblem.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Graph shapes whose outcome is documented but was not pinned down: validity, cycles longer than
 * two (their members and order), breadth-first order around a cycle through the start, and problem
 * kinds in their documented order. Routes are written as JSON, as the API sends them.
 */
class RouteGraphShapesTest {

    static final ObjectMapper MAPPER = RouteJson.newObjectMapper();

    /** A route with these elements; each is {@code id:type:output=target,output=target}. */
    static RouteGraph graph(String... elements) throws Exception {
        StringBuilder json =
                new StringBuilder("{\"id\":\"r\",\"account_tag\":\"a\",\"name\":\"n\",\"gateway_id\":\"g\","
                        + "\"created_at\":\"2025-03-04T10:15:30Z\",\"modified_at\":\"2025-03-04T10:15:30Z\","
                        + "\"deployment\":{\"deployment_id\":\"d\",\"version_id\":\"v\",\"created_at\":\"c\"},"
                        + "\"version\":{\"version_id\":\"v\",\"data\":\"{}\",\"created_at\":\"c\",\"active\":\"true\"},"
                        + "\"elements\":[");
        for (int i = 0; i < elements.length; i++) {
            String[] parts = elements[i].split(":", 3);
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(parts[0])
                    .append("\",\"type\":\"")
                    .append(parts[1])
                    .append("\",\"outputs\":{");
            if (parts.length == 3 && !parts[2].isEmpty()) {
                String[] outputs = parts[2].split(",", -1);
                for (int o = 0; o < outputs.length; o++) {
                    String[] edge = outputs[o].split("=", 2);
                    json.append(o == 0 ? "" : ",")
                            .append('"')
                            .append(edge[0])
                            .append("\":{\"elementId\":\"")
                            .append(edge[1])
                            .append("\"}");
                }
            }
            json.append("}}");
        }
        return RouteGraph.of(MAPPER.readValue(json.append("]}").toString(), Route.class));
    }

    static List<String> ids(List<RouteElement> elements) {
        return elements.stream().map(RouteElement::id).toList();
    }

    @Test
    void aValidRouteHasNoProblemsAndIsValid() throws Exception {
        RouteGraph graph = graph("s:start:next=p", "p:percentage:a=e,b=e", "e:end");

        assertThat(graph.problems().isEmpty()).isTrue();
        assertThat(graph.problems()).isEmpty();
        assertThat(ids(graph.breadthFirst())).containsExactly("s", "p", "e");
    }

    @Test
    void anyProblemMakesTheRouteInvalid() throws Exception {
        RouteGraph graph = graph("s:start:next=e", "e:end", "lost:end");

        assertThat(graph.problems().isEmpty()).isFalse();
        assertThat(graph.problems())
                .containsExactly(
                        new GraphProblem(Kind.UNREACHABLE, "lost", "'lost' cannot be reached from the start element"));
    }

    @Test
    void aCycleOfThreeIsReportedOnceWithItsMembersInElementOrder() throws Exception {
        // s -> a -> b -> c -> a, and c -> e: a cycle that still reaches an end
        RouteGraph graph = graph(
                "s:start:next=a", "e:end", "c:percentage:back=a,out=e", "a:percentage:only=b", "b:percentage:only=c");

        assertThat(graph.problems().isEmpty()).isFalse();
        assertThat(graph.problems())
                .containsExactly(new GraphProblem(Kind.CYCLE, "c", "cycle through 'c' -> 'a' -> 'b'"));
        assertThat(ids(graph.breadthFirst())).containsExactly("s", "a", "b", "c", "e");
    }

    @Test
    void twoSeparateCyclesAreReportedInTheOrderOfTheirFirstMember() throws Exception {
        RouteGraph graph = graph(
                "s:start:next=x",
                "x:percentage:to=y,out=p",
                "y:percentage:to=z",
                "z:percentage:to=x",
                "p:percentage:to=q,out=e",
                "q:percentage:to=p",
                "e:end");

        assertThat(graph.problems())
                .extracting(GraphProblem::toString)
                .containsExactly("CYCLE: cycle through 'x' -> 'y' -> 'z'", "CYCLE: cycle through 'p' -> 'q'");
    }

    @Test
    void aCycleWithNoWayOutIsACycleAndNoPathToEndForEachMember() throws Exception {
        RouteGraph graph = graph("s:start:next=a", "a:percentage:to=b", "b:percentage:to=c", "c:percentage:to=a");

        assertThat(graph.problems())
                .extracting(GraphProblem::kind, GraphProblem::elementId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.CYCLE, "a"),
                        org.assertj.core.groups.Tuple.tuple(Kind.NO_PATH_TO_END, "s"),
                        org.assertj.core.groups.Tuple.tuple(Kind.NO_PATH_TO_END, "a"),
                        org.assertj.core.groups.Tuple.tuple(Kind.NO_PATH_TO_END, "b"),
                        org.assertj.core.groups.Tuple.tuple(Kind.NO_PATH_TO_END, "c"));
        assertThat(graph.problems().get(0).message()).isEqualTo("cycle through 'a' -> 'b' -> 'c'");
    }

    @Test
    void breadthFirstNeverRepeatsTheStartWhenACycleLeadsBackToIt() throws Exception {
        RouteGraph graph =
                graph("s:start:next=a", "a:percentage:back=s,on=b", "b:percentage:back=s,again=a,out=e", "e:end");

        assertThat(ids(graph.breadthFirst())).containsExactly("s", "a", "b", "e");
        assertThat(graph.problems())
                .extracting(GraphProblem::toString)
                .containsExactly("CYCLE: cycle through 's' -> 'a' -> 'b'");
    }

    @Test
    void breadthFirstVisitsEachElementOnceInWireOrderOfOutputs() throws Exception {
        // a diamond: both branches lead to m, which is listed once, after both branches
        RouteGraph graph = graph(
                "s:start:next=p", "p:percentage:left=l,right=r", "r:percentage:to=m", "l:percentage:to=m", "m:end");

        assertThat(ids(graph.breadthFirst())).containsExactly("s", "p", "l", "r", "m");
        assertThat(graph.problems().isEmpty()).isTrue();
    }

    @Test
    void aSelfLoopIsACycleOfOne() throws Exception {
        RouteGraph graph = graph("s:start:next=a", "a:percentage:self=a,out=e", "e:end");

        assertThat(graph.problems()).extracting(GraphProblem::toString).containsExactly("CYCLE: cycle through 'a'");
    }

    @Test
    void problemsOfEveryKindComeInTheDocumentedOrder() throws Exception {
        RouteGraph graph =
                graph("s:start:next=a", "a:percentage:to=ghost,loop=a", "s2:start:next=a", "a:end", "island:end");

        assertThat(graph.problems())
                .extracting(GraphProblem::kind)
                .containsExactly(
                        Kind.MULTIPLE_STARTS,
                        Kind.DUPLICATE_ID,
                        Kind.DANGLING_REFERENCE,
                        Kind.UNREACHABLE,
                        Kind.UNREACHABLE,
                        Kind.CYCLE,
                        Kind.NO_PATH_TO_END,
                        Kind.NO_PATH_TO_END,
                        Kind.NO_PATH_TO_END);
        assertThat(graph.problems())
                .extracting(GraphProblem::message)
                .containsExactly(
                        "the route has 2 start elements: 's', 's2'",
                        "elements #1 and #3 share the id 'a'",
                        "output 'to' of 'a' references 'ghost', which does not exist",
                        "'a' cannot be reached from the start element",
                        "'island' cannot be reached from the start element",
                        "cycle through 'a'",
                        "no path from 's' reaches an end element",
                        "no path from 'a' reaches an end element",
                        "no path from 's2' reaches an end element");
    }
}
