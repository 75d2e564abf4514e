package dev.dynamicroutes.element;

import static dev.dynamicroutes.element.RouteFixtures.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link UnknownElement} as its javadoc describes it: built from any JSON object with a string
 * {@code type} no known kind has, the JSON kept (a copy in, copies out), the id empty when there is
 * no string id, outputs read best effort (only values with a string {@code elementId}), every
 * field but id and type unmodelled, equality on the JSON.
 */
class UnknownElementContractTest {

    @Test
    void theFactoryRefusesWhatIsNotAnUnknownElementNamingTheField() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (String json : List.of(
                "[]",
                "\"cache\"",
                "7",
                "{\"id\":\"c\"}",
                "{\"id\":\"c\",\"type\":null}",
                "{\"id\":\"c\",\"type\":7}",
                "{\"id\":\"c\",\"type\":{\"name\":\"cache\"}}",
                "{\"id\":\"m\",\"type\":\"model\"}",
                "{\"id\":\"e\",\"type\":\"end\"}",
                "{\"id\":\"c\",\"type\":\"cache\"}")) {
            outcomes.add(json + " -> " + outcome(MAPPER.readTree(json)));
        }

        assertThat(outcomes)
                .containsExactly(
                        "[] -> RouteDecodeException $.json: must be a JSON object",
                        "\"cache\" -> RouteDecodeException $.json: must be a JSON object",
                        "7 -> RouteDecodeException $.json: must be a JSON object",
                        "{\"id\":\"c\"} -> RouteDecodeException $.type: must be a string",
                        "{\"id\":\"c\",\"type\":null} -> RouteDecodeException $.type: must be a string",
                        "{\"id\":\"c\",\"type\":7} -> RouteDecodeException $.type: must be a string",
                        "{\"id\":\"c\",\"type\":{\"name\":\"cache\"}} -> RouteDecodeException $.type: must be a string",
                        "{\"id\":\"m\",\"type\":\"model\"} -> RouteDecodeException $.type:"
                                + " 'model' is a known kind: decode it or use its class",
                        "{\"id\":\"e\",\"type\":\"end\"} -> RouteDecodeException $.type:"
                                + " 'end' is a known kind: decode it or use its class",
                        "{\"id\":\"c\",\"type\":\"cache\"} -> UnknownElement[id=c, type=cache, outputs={}]");
    }

    @Test
    void idOutputsAndUnmodelledFieldsAreReadFromTheJson() throws Exception {
        UnknownElement cache = UnknownElement.of(MAPPER.readTree("""
                {"id":"c1","type":"cache","ttl":30,
                 "outputs":{"hit":{"elementId":"end"},"broken":{"elementId":7},"bare":"x","none":{},
                            "miss":{"elementId":"gpt","weight":2}}}"""));

        assertThat(cache.id()).isEqualTo("c1");
        assertThat(cache.type()).isEqualTo("cache");
        assertThat(cache.label()).isEqualTo("unknown: cache");
        // only outputs with a string elementId are edges; the others stay in the JSON
        assertThat(cache.outputs()).containsExactly(Map.entry("hit", "end"), Map.entry("miss", "gpt"));
        assertThat(cache.additionalProperties().keySet()).containsExactly("ttl", "outputs");
        assertThat(cache.additionalProperties().get("ttl")).isEqualTo(MAPPER.readTree("30"));
        assertThat(cache).hasToString("UnknownElement[id=c1, type=cache, outputs={hit=end, miss=gpt}]");
    }

    @Test
    void anIdThatIsNotAStringIsEmptyAndOutputsThatAreNotAnObjectAreNoEdges() throws Exception {
        for (String json : List.of(
                "{\"id\":7,\"type\":\"cache\",\"outputs\":[{\"elementId\":\"end\"}]}",
                "{\"id\":null,\"type\":\"cache\",\"outputs\":\"end\"}",
                "{\"id\":{\"v\":\"c\"},\"type\":\"cache\",\"outputs\":null}")) {
            UnknownElement element = UnknownElement.of(MAPPER.readTree(json));
            assertThat(element.id()).as(json).isEmpty();
            assertThat(element.outputs()).as(json).isEmpty();
            assertThat(element.json()).as(json).isEqualTo(MAPPER.readTree(json));
        }
    }

    @Test
    void theJsonIsCopiedInAndOut() throws Exception {
        ObjectNode source = (ObjectNode) MAPPER.readTree("{\"id\":\"c\",\"type\":\"cache\",\"ttl\":30}");
        UnknownElement element = UnknownElement.of(source);

        source.put("ttl", 99);
        ((ObjectNode) element.json()).put("ttl", 98);
        Map<String, JsonNode> unmodelled = element.additionalProperties();

        assertThat(element.json()).isEqualTo(MAPPER.readTree("{\"id\":\"c\",\"type\":\"cache\",\"ttl\":30}"));
        assertThat(unmodelled.get("ttl")).isEqualTo(MAPPER.readTree("30"));
        assertThat(MAPPER.writeValueAsString(element)).isEqualTo("{\"id\":\"c\",\"type\":\"cache\",\"ttl\":30}");
    }

    @Test
    void equalityIsTheJsons() throws Exception {
        UnknownElement a = UnknownElement.of(MAPPER.readTree("{\"id\":\"c\",\"type\":\"cache\",\"ttl\":30}"));
        UnknownElement same = UnknownElement.of(MAPPER.readTree("{\"id\":\"c\",\"type\":\"cache\",\"ttl\":30}"));
        UnknownElement otherField = UnknownElement.of(MAPPER.readTree("{\"id\":\"c\",\"type\":\"cache\",\"ttl\":31}"));
        UnknownElement otherType = UnknownElement.of(MAPPER.readTree("{\"id\":\"c\",\"type\":\"store\",\"ttl\":30}"));

        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a).isNotEqualTo(otherField).isNotEqualTo(otherType);
        assertThat(a.hashCode()).isNotEqualTo(otherField.hashCode());
        assertThat(a).isNotEqualTo(EndElement.of("c"));
    }

    private static String outcome(JsonNode json) {
        Throwable thrown = catchThrowable(() -> UnknownElement.of(json));
        if (thrown instanceof RouteDecodeException e) {
            return "RouteDecodeException " + e.jsonPath() + ": "
                    + String.valueOf(e.getMessage()).replaceFirst("^.*?': ", "");
        }
        if (thrown != null) {
            return thrown.toString();
        }
        return UnknownElement.of(json).toString();
    }
}
