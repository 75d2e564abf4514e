package dev.dynamicroutes.element;

import static dev.dynamicroutes.element.RouteFixtures.MAPPER;
import static dev.dynamicroutes.element.RouteFixtures.allTypesResponse;
import static dev.dynamicroutes.element.RouteFixtures.decodeFirst;
import static dev.dynamicroutes.element.RouteFixtures.elements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The known kinds and {@link RouteDeployment} as values: their {@code toString}, equality and hash
 * code over every field, unmodelled properties kept and written back, labels (numbers plain unless
 * the exponent is extreme, conditions cut at 60 characters), and the problems of an element slot or
 * {@code type} that is not what it must be.
 */
class KnownElementValuesTest {

    @Test
    void toStringNamesTheKindIdOutputsAndFields() throws Exception {
        Route route = decodeFirst(allTypesResponse());
        List<String> table = new ArrayList<>();
        route.elements().forEach(e -> table.add(e.toString()));
        table.add(EndElement.of("e").toString());

        assertThat(table)
                .containsExactly(
                        "StartElement[id=start, outputs={next=is-premium}]",
                        "ConditionalElement[id=is-premium, outputs={true=premium-limit, false=split}, conditions="
                                + "{\"$and\":[{\"metadata.tier\":{\"$eq\":\"premium\"}},{\"metadata.score\":{\"$gt\":0.75}}]}]",
                        "RateElement[id=premium-limit, outputs={success=gpt, fallback=end-limited},"
                                + " key=metadata.user_id, limit=12345678901234567890.123456789, limitType=count, window=3600]",
                        "PercentageElement[id=split, outputs={canary=claude, stable=gpt}]",
                        "ModelElement[id=gpt, outputs={success=end, fallback=claude}, provider=openai, model=gpt-4o-mini,"
                                + " retries=2, timeout=30000.5]",
                        "ModelElement[id=claude, outputs={success=end, fallback=end-limited}, provider=anthropic,"
                                + " model=claude-3-5-haiku-latest, retries=1, timeout=45000]",
                        "EndElement[id=end, outputs={}]",
                        "EndElement[id=end-limited, outputs={}]",
                        "EndElement[id=e, outputs={}]");
    }

    @Test
    @SuppressWarnings("NullAway") // passes null on purpose: the factories must name the value
    void factoriesNameAMissingOrEmptyReferenceAndToStringNamesUnmodelledFields() throws Exception {
        List<String> table = new ArrayList<>();
        table.add(field(catchThrowable(() -> EndElement.of(null))));
        table.add(field(catchThrowable(() -> EndElement.of(""))));
        table.add(field(catchThrowable(() -> StartElement.of("s", null))));
        table.add(element("{\"id\":\"e\",\"outputs\":{},\"type\":\"end\",\"note\":1,\"tag\":\"x\"}")
                .toString());
        ConditionalElement nullConditions = (ConditionalElement)
                element("{\"id\":\"c\",\"outputs\":{\"true\":{\"elementId\":\"t\"},\"false\":{\"elementId\":\"f\"}},"
                        + "\"properties\":{\"conditions\":null},\"type\":\"conditional\"}");
        table.add(nullConditions.conditions() + " " + nullConditions.label());

        assertThat(table)
                .containsExactly(
                        "id: missing required value",
                        "id: must not be empty",
                        "outputs.next: missing required value",
                        "EndElement[id=e, outputs={}, additionalProperties=[note, tag]]",
                        "Optional.empty conditional");
    }

    private static String field(Throwable thrown) {
        return thrown instanceof RouteDecodeException e
                ? e.field() + ": " + String.valueOf(e.getMessage()).replaceFirst("^.*?': ", "")
                : "not a RouteDecodeException: " + thrown;
    }

    @Test
    void equalityAndHashCodeCoverEveryField() throws Exception {
        List<RouteElement> distinct = List.of(
                EndElement.of("a"),
                EndElement.of("b"),
                StartElement.of("a", "b"),
                StartElement.of("a", "c"),
                ConditionalElement.of("c", "t", "f", null),
                ConditionalElement.of("c", "t", "f", MAPPER.readTree("{\"x\":1}")),
                ConditionalElement.of("c", "t", "f", MAPPER.readTree("{\"x\":2}")),
                ModelElement.of("m", "e", "f", "openai", "gpt", BigDecimal.ONE, BigDecimal.TEN),
                ModelElement.of("m", "e", "f", "openai", "gpt", BigDecimal.ONE, BigDecimal.ONE),
                ModelElement.of("m", "e", "f", "anthropic", "gpt", BigDecimal.ONE, BigDecimal.TEN),
                RateElement.of("r", "e", "f", "k", BigDecimal.TEN, "count", BigDecimal.ONE),
                RateElement.of("r", "e", "f", "k", BigDecimal.TEN, "tokens", BigDecimal.ONE),
                RateElement.of("r", "e", "f", "k", BigDecimal.ONE, "count", BigDecimal.ONE),
                element("{\"id\":\"a\",\"outputs\":{\"x\":{\"elementId\":\"b\"}},\"type\":\"end\"}"),
                element("{\"id\":\"a\",\"outputs\":{},\"type\":\"end\",\"note\":1}"),
                element("{\"id\":\"a\",\"outputs\":{\"x\":{\"elementId\":\"b\",\"w\":1}},\"type\":\"end\"}"),
                element("{\"id\":\"c\",\"outputs\":{\"true\":{\"elementId\":\"t\"},\"false\":{\"elementId\":\"f\"}},"
                        + "\"properties\":{\"y\":1},\"type\":\"conditional\"}"));
        List<String> equalPairs = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = 0; j < distinct.size(); j++) {
                if (i != j && distinct.get(i).equals(distinct.get(j))) {
                    equalPairs.add(i + "=" + j);
                }
            }
        }
        assertThat(equalPairs).as("pairs of different elements found equal").isEmpty();
        // unequal values may share a hash code (the raw outputs are left out of it), but hashing must spread them
        assertThat(distinct.stream().map(Object::hashCode).distinct().count()).isGreaterThan(distinct.size() - 3L);
        // a decoded element equals the same element built in code, and the same element decoded again
        assertThat(element("{\"id\":\"a\",\"outputs\":{},\"type\":\"end\"}"))
                .isEqualTo(EndElement.of("a"))
                .hasSameHashCodeAs(EndElement.of("a"));
        assertThat(element("{\"id\":\"a\",\"outputs\":{},\"type\":\"end\",\"note\":1}"))
                .isEqualTo(element("{\"id\":\"a\",\"outputs\":{},\"type\":\"end\",\"note\":1}"))
                .hasSameHashCodeAs(element("{\"id\":\"a\",\"outputs\":{},\"type\":\"end\",\"note\":1}"));
    }

    @Test
    void unmodelledPropertiesOfEachKindAreKeptAndWrittenBack() throws Exception {
        List<String> table = new ArrayList<>();
        for (String json : List.of(
                "{\"id\":\"c\",\"outputs\":{\"true\":{\"elementId\":\"t\"},\"false\":{\"elementId\":\"f\"}},"
                        + "\"properties\":{\"y\":1},\"type\":\"conditional\"}",
                "{\"id\":\"c\",\"outputs\":{\"true\":{\"elementId\":\"t\"},\"false\":{\"elementId\":\"f\"}},"
                        + "\"properties\":{\"conditions\":{\"a\":1},\"y\":[2]},\"type\":\"conditional\"}",
                "{\"id\":\"r\",\"outputs\":{\"success\":{\"elementId\":\"e\"},\"fallback\":{\"elementId\":\"e\"}},"
                        + "\"properties\":{\"key\":\"k\",\"limit\":10,\"limitType\":\"count\",\"window\":60,"
                        + "\"burst\":5},\"type\":\"rate\"}")) {
            RouteElement element = element(json);
            Map<String, ?> other = element instanceof ConditionalElement c
                    ? c.otherProperties()
                    : ((RateElement) element).otherProperties();
            table.add(other + " " + MAPPER.writeValueAsString(element).equals(json));
        }

        assertThat(table).containsExactly("{y=1} true", "{y=[2]} true", "{burst=5} true");
        ConditionalElement none = (ConditionalElement)
                element("{\"id\":\"c\",\"outputs\":{\"true\":{\"elementId\":\"t\"},\"false\":{\"elementId\":\"f\"}},"
                        + "\"properties\":{},\"type\":\"conditional\"}");
        assertThat(none.conditions()).isEmpty();
        assertThat(none.label()).isEqualTo("conditional");
    }

    @Test
    void labelsWriteNumbersPlainUnlessTheExponentIsExtremeAndCutLongConditions() throws Exception {
        List<String> table = new ArrayList<>();
        for (String limit : List.of("1E-32", "1E-33", "1E+32", "1E+33", "12.50")) {
            table.add(RateElement.of("r", "e", "f", "k", new BigDecimal(limit), "count", BigDecimal.ONE)
                    .label());
        }
        String sixty = "{\"k\":\"" + "x".repeat(60 - 8) + "\"}";
        String sixtyOne = "{\"k\":\"" + "x".repeat(61 - 8) + "\"}";
        assertThat(sixty).hasSize(60);
        table.add(ConditionalElement.of("c", "t", "f", MAPPER.readTree(sixty)).label());
        table.add(
                ConditionalElement.of("c", "t", "f", MAPPER.readTree(sixtyOne)).label());

        assertThat(table)
                .containsExactly(
                        "rate: 0.00000000000000000000000000000001 count / 1s",
                        "rate: 1E-33 count / 1s",
                        "rate: 100000000000000000000000000000000 count / 1s",
                        "rate: 1E+33 count / 1s",
                        "rate: 12.50 count / 1s",
                        "conditional: " + sixty,
                        "conditional: " + sixtyOne.substring(0, 60) + "…");
    }

    @Test
    void aSlotOrTypeThatIsNotAnElementIsALocatedProblem() throws Exception {
        List<String> table = new ArrayList<>();
        for (String value : List.of(
                "null",
                "7",
                "\"end\"",
                "{\"id\":\"x\",\"outputs\":{}}",
                "{\"id\":\"x\",\"outputs\":{},\"type\":null}",
                "{\"id\":\"x\",\"outputs\":{},\"type\":7}",
                "{\"id\":\"x\",\"outputs\":{},\"type\":[\"end\"]}")) {
            ObjectNode response = allTypesResponse();
            elements(response).set(6, MAPPER.readTree(value));
            Throwable thrown = catchThrowable(() -> decodeFirst(response));
            table.add(
                    thrown instanceof RouteDecodeException e
                            ? e.jsonPath() + ": "
                                    + String.valueOf(e.getMessage()).replaceFirst("^.*?field '[^']*': ", "")
                            : "not a RouteDecodeException: " + thrown);
        }

        String at = "$.data.routes[0].elements[6]";
        assertThat(table)
                .containsExactly(
                        at + ": element is null",
                        at + ": must be an object, was a number",
                        at + ": must be an object, was a string",
                        at + ".type: missing required field",
                        at + ".type: missing required field",
                        at + ".type: must be a string, was a number",
                        at + ".type: must be a string, was an array");
    }

    @Test
    void aDeploymentIsReadWrittenAndComparedAsSent() throws Exception {
        String fields = "\"created_at\":\"c\",\"deployment_id\":\"d\",\"version_id\":\"v\"";
        List<String> table = new ArrayList<>();
        for (String json : List.of(
                "{" + fields + "}",
                "{" + fields + ",\"comment\":\"why\"}",
                "{" + fields + ",\"comment\":null}",
                "{" + fields + ",\"comment\":null,\"x\":1.50}")) {
            RouteDeployment deployment = MAPPER.readValue(json, RouteDeployment.class);
            table.add(deployment + " " + deployment.comment().orElse("-") + " "
                    + MAPPER.writeValueAsString(deployment).equals(json));
        }
        table.add(problem("{\"created_at\":\"c\",\"version_id\":\"v\"}"));
        table.add(problem("{\"created_at\":\"c\",\"deployment_id\":\"d\"}"));
        table.add(problem("{\"deployment_id\":\"d\",\"version_id\":\"v\"}"));

        assertThat(table)
                .containsExactly(
                        "RouteDeployment[deploymentId=d, versionId=v, createdAt=c, comment=null] - true",
                        "RouteDeployment[deploymentId=d, versionId=v, createdAt=c, comment=why] why true",
                        "RouteDeployment[deploymentId=d, versionId=v, createdAt=c, comment=null] - true",
                        "RouteDeployment[deploymentId=d, versionId=v, createdAt=c, comment=null] - true",
                        "deployment_id: missing required field",
                        "version_id: missing required field",
                        "created_at: missing required field");

        RouteDeployment base = RouteDeployment.of("d", "v", "c", "why");
        assertThat(base)
                .isEqualTo(MAPPER.readValue("{" + fields + ",\"comment\":\"why\"}", RouteDeployment.class))
                .hasSameHashCodeAs(MAPPER.readValue("{" + fields + ",\"comment\":\"why\"}", RouteDeployment.class));
        for (RouteDeployment other : List.of(
                RouteDeployment.of("e", "v", "c", "why"),
                RouteDeployment.of("d", "w", "c", "why"),
                RouteDeployment.of("d", "v", "b", "why"),
                RouteDeployment.of("d", "v", "c", null),
                MAPPER.readValue("{" + fields + ",\"comment\":\"why\",\"x\":1}", RouteDeployment.class))) {
            assertThat(base).as(other.toString()).isNotEqualTo(other);
            assertThat(base.hashCode()).as(other.toString()).isNotEqualTo(other.hashCode());
        }
        assertThat(MAPPER.readValue("{" + fields + ",\"comment\":null}", RouteDeployment.class))
                .isNotEqualTo(MAPPER.readValue("{" + fields + "}", RouteDeployment.class));
    }

    private static String problem(String json) {
        Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, RouteDeployment.class));
        return thrown instanceof RouteDecodeException e
                ? e.field() + ": " + String.valueOf(e.getMessage()).replaceFirst("^.*?': ", "")
                : "not a RouteDecodeException: " + thrown;
    }

    private static RouteElement element(String json) throws Exception {
        return MAPPER.readValue(json, RouteElement.class);
    }
}
