package dev.dynamicroutes.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteElement;
import dev.dynamicroutes.element.RouteJson;
import dev.dynamicroutes.graph.GraphProblem.Kind;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RouteGraphTest {

    static final ObjectMapper MAPPER = RouteJson.newObjectMapper();

    static ObjectNode response() throws Exception {
        try (InputStream in = RouteGraphTest.class.getResourceAsStream("/routes/all-types.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    static ArrayNode elements(ObjectNode response) {
        return (ArrayNode) response.at("/data/routes/0/elements");
    }

    static ObjectNode element(ObjectNode response, int index) {
        return (ObjectNode) elements(response).get(index);
    }

    static RouteGraph graph(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode response = response();
        edit.accept(response);
        return RouteGraph.of(MAPPER.treeToValue(response.at("/data/routes/0"), Route.class));
    }

    static ObjectNode ref(String id) {
        return MAPPER.createObjectNode().put("elementId", id);
    }

    @Test
    void validRoute() throws Exception {
        RouteGraph graph = graph(r -> {});

        assertThat(graph.problems()).isEmpty();
        assertThat(graph.start()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("start"));
        assertThat(graph.breadthFirst())
                .extracting(RouteElement::id)
                .containsExactly(
                        "start", "is-premium", "premium-limit", "split", "gpt", "end-limited", "claude", "end");
        assertThat(graph.successors("premium-limit"))
                .hasEntrySatisfying("success", e -> assertThat(e.id()).isEqualTo("gpt"))
                .hasEntrySatisfying("fallback", e -> assertThat(e.id()).isEqualTo("end-limited"))
                .hasSize(2);
        assertThat(graph.successors("end")).isEmpty();
        assertThat(graph.element("split"))
                .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("percentage"));
        assertThat(graph.element("nope")).isEmpty();
    }

    @Test
    void noStart() throws Exception {
        RouteGraph graph = graph(r -> elements(r).remove(0));

        assertThat(graph.problems()).extracting(GraphProblem::kind).containsExactly(Kind.NO_START);
        assertThat(graph.start()).isEmpty();
        assertThat(graph.breadthFirst()).isEmpty();
    }

    @Test
    void twoStarts() throws Exception {
        RouteGraph graph = graph(r -> elements(r)
                .add(MAPPER.createObjectNode()
                        .put("id", "start-2")
                        .put("type", "start")
                        .set("outputs", MAPPER.createObjectNode().set("next", ref("gpt")))));

        assertThat(graph.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.MULTIPLE_STARTS);
            assertThat(p.message()).contains("'start'", "'start-2'");
        });
        assertThat(graph.start()).isEmpty();
    }

    @Test
    void danglingReference() throws Exception {
        RouteGraph graph = graph(r -> ((ObjectNode) element(r, 4).get("outputs")).set("fallback", ref("nowhere")));

        assertThat(graph.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DANGLING_REFERENCE);
            assertThat(p.elementId()).isEqualTo("gpt");
            assertThat(p.message()).contains("'fallback'", "'gpt'", "'nowhere'");
        });
        assertThat(graph.successors("gpt")).containsOnlyKeys("success");
    }

    @Test
    void unreachableElement() throws Exception {
        RouteGraph graph = graph(r -> elements(r)
                .add(MAPPER.createObjectNode()
                        .put("id", "orphan")
                        .put("type", "end")
                        .set("outputs", MAPPER.createObjectNode())));

        assertThat(graph.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(p.elementId()).isEqualTo("orphan");
        });
    }

    @Test
    void cycleThatStillReachesAnEnd() throws Exception {
        // claude falls back to gpt, gpt falls back to claude
        RouteGraph graph = graph(r -> ((ObjectNode) element(r, 5).get("outputs")).set("fallback", ref("gpt")));

        assertThat(graph.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.CYCLE);
            assertThat(p.message()).contains("'gpt'", "'claude'");
        });
    }

    @Test
    void selfLoopWithNoWayOut() throws Exception {
        RouteGraph graph = graph(r -> {
            ObjectNode outputs = (ObjectNode) element(r, 5).get("outputs");
            outputs.set("success", ref("claude"));
            outputs.set("fallback", ref("claude"));
        });

        assertThat(graph.problems())
                .extracting(GraphProblem::kind, GraphProblem::elementId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.CYCLE, "claude"),
                        org.assertj.core.groups.Tuple.tuple(Kind.NO_PATH_TO_END, "claude"));
    }

    @Test
    void pathThatNeverEnds() throws Exception {
        // the canary branch leads to an element of a type we do not know and that has no outputs
        RouteGraph graph = graph(r -> {
            ((ObjectNode) element(r, 3).get("outputs")).set("canary", ref("mystery"));
            elements(r).add(MAPPER.createObjectNode().put("id", "mystery").put("type", "cache"));
        });

        assertThat(graph.problems())
                .extracting(GraphProblem::kind, GraphProblem::elementId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.NO_PATH_TO_END, "mystery"));
    }

    static ObjectNode secondEnd() {
        return MAPPER.createObjectNode().put("id", "end").put("type", "end").set("outputs", MAPPER.createObjectNode());
    }

    @Test
    void duplicateIds() throws Exception {
        RouteGraph graph = graph(r -> elements(r).add(secondEnd()));

        // references resolve to the first 'end', so the second one is also unreachable
        assertThat(graph.problems())
                .extracting(GraphProblem::kind)
                .containsExactly(Kind.DUPLICATE_ID, Kind.UNREACHABLE);
        assertThat(graph.problems().get(0).message()).contains("#6", "#8", "'end'");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws Exception {
        RouteGraph graph = graph(r -> {
            elements(r).add(secondEnd()); // duplicate
            ((ObjectNode) element(r, 4).get("outputs")).set("fallback", ref("nowhere")); // dangling
            elements(r)
                    .add(MAPPER.createObjectNode()
                            .put("id", "orphan")
                            .put("type", "end")
                            .set("outputs", MAPPER.createObjectNode())); // unreachable
            ObjectNode outputs = (ObjectNode) element(r, 5).get("outputs");
            outputs.set("success", ref("claude"));
            outputs.set("fallback", ref("claude")); // cycle, no end
            elements(r).add(MAPPER.createObjectNode().put("type", "note")); // no id
            elements(r)
                    .add(MAPPER.createObjectNode()
                            .put("id", "start-2")
                            .put("type", "start")
                            .set("outputs", MAPPER.createObjectNode().set("next", ref("gpt")))); // second start
        });

        assertThat(graph.problems())
                .extracting(GraphProblem::kind)
                .containsExactly(
                        Kind.MULTIPLE_STARTS,
                        Kind.DUPLICATE_ID,
                        Kind.MISSING_ID,
                        Kind.DANGLING_REFERENCE,
                        Kind.UNREACHABLE,
                        Kind.UNREACHABLE,
                        Kind.UNREACHABLE,
                        Kind.CYCLE,
                        Kind.NO_PATH_TO_END,
                        Kind.NO_PATH_TO_END);
        assertThat(graph.problems())
                .extracting(GraphProblem::elementId)
                .containsExactly("start-2", "end", null, "gpt", "end", "orphan", null, "claude", "claude", null);
    }

    @Test
    void longChainNeedsNoRecursion() throws Exception {
        int length = 100_000;
        RouteGraph graph = graph(r -> {
            ArrayNode elements = elements(r);
            elements.removeAll();
            elements.add(MAPPER.createObjectNode()
                    .put("id", "s")
                    .put("type", "start")
                    .set("outputs", MAPPER.createObjectNode().set("next", ref("e0"))));
            for (int i = 0; i < length; i++) {
                elements.add(MAPPER.createObjectNode()
                        .put("id", "e" + i)
                        .put("type", "percentage")
                        .set(
                                "outputs",
                                MAPPER.createObjectNode().set("only", ref(i + 1 < length ? "e" + (i + 1) : "e0"))));
            }
        });

        assertThat(graph.problems())
                .extracting(GraphProblem::kind)
                .contains(Kind.CYCLE)
                .contains(Kind.NO_PATH_TO_END);
        assertThat(graph.breadthFirst()).hasSize(length + 1);
    }
}
