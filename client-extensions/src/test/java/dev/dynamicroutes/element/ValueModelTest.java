package dev.dynamicroutes.element;

import static dev.dynamicroutes.element.RouteFixtures.allTypesResponse;
import static dev.dynamicroutes.element.RouteFixtures.elements;
import static dev.dynamicroutes.element.RouteFixtures.firstRoute;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The values users build and read back: plain Jackson databinding (no module) both ways, unmodelled
 * fields passed through, exact numbers, true immutability, builders with validation.
 */
class ValueModelTest {

    /** A mapper with no configuration at all: our values must not depend on the library's settings. */
    static final ObjectMapper PLAIN = new ObjectMapper();

    /** Reads our output back with floats as BigDecimal, so that comparing trees compares every digit. */
    static JsonNode exactTree(String json) throws Exception {
        return RouteJson.newObjectMapper().readTree(json);
    }

    @Test
    void aRouteRoundTripsThroughAPlainObjectMapper() throws Exception {
        ObjectNode route = firstRoute(allTypesResponse());

        Route decoded = PLAIN.treeToValue(route, Route.class);
        Route fromText = PLAIN.readValue(PLAIN.writeValueAsString(route), Route.class);

        assertThat(exactTree(PLAIN.writeValueAsString(decoded))).isEqualTo(route);
        assertThat(fromText).isEqualTo(decoded).hasSameHashCodeAs(decoded);
        // numbers exact although this mapper would read floats as double
        RateElement rate = (RateElement) fromText.elements().get(2);
        assertThat(rate.limit()).isEqualTo(new BigDecimal("12345678901234567890.123456789"));
    }

    @Test
    void everyElementRoundTripsOnItsOwnAndDecodesIntoItsClass() throws Exception {
        for (JsonNode element : elements(allTypesResponse())) {
            String json = PLAIN.writeValueAsString(element);

            RouteElement decoded = PLAIN.readValue(json, RouteElement.class);

            assertThat(exactTree(PLAIN.writeValueAsString(decoded))).isEqualTo(element);
            assertThat(PLAIN.readValue(json, decoded.getClass())).isEqualTo(decoded);
        }
    }

    @Test
    void askingForTheWrongElementClassIsATypedError() {
        String model = "{\"id\":\"gpt\",\"outputs\":{\"success\":{\"elementId\":\"e\"},\"fallback\":"
                + "{\"elementId\":\"e\"}},\"properties\":{\"provider\":\"openai\",\"model\":\"m\",\"retries\":1,"
                + "\"timeout\":2},\"type\":\"model\"}";

        RouteDecodeException e =
                catchThrowableOfType(RouteDecodeException.class, () -> PLAIN.readValue(model, StartElement.class));

        assertThat(e.field()).isEqualTo("type");
        assertThat(e.getMessage()).contains("StartElement", "'model'");
    }

    @Test
    void unknownElementsAreWrittenBackByteForByte() throws Exception {
        String cache = "{\"extra\":true,\"id\":\"cache-1\",\"outputs\":{\"hit\":{\"elementId\":\"end\",\"w\":0.50}},"
                + "\"properties\":{\"ttl\":1.50,\"big\":123456789012345678901234567890,\"n\":-7.0E+2,"
                + "\"tags\":[\"a\",{\"b\":null}]},\"type\":\"cache\",\"z\":[]}";

        RouteElement element = PLAIN.readValue(cache, RouteElement.class);

        assertThat(element).isInstanceOf(UnknownElement.class);
        assertThat(PLAIN.writeValueAsString(element)).isEqualTo(cache);
        assertThat(RouteJson.newObjectMapper().writeValueAsString(element)).isEqualTo(cache);
    }

    @Test
    void unmodelledFieldsAreKeptAndWrittenBackAtEveryLevel() throws Exception {
        ObjectNode response = allTypesResponse();
        ObjectNode route = firstRoute(response);
        route.put("description", "added upstream");
        ((ObjectNode) route.get("version")).putObject("audit").put("by", "ops");
        ((ObjectNode) route.get("deployment")).put("region", "eu");
        ObjectNode gpt = (ObjectNode) elements(response).get(4);
        gpt.put("weight", 3);
        ((ObjectNode) gpt.get("properties")).put("temperature", new BigDecimal("0.70"));
        ((ObjectNode) elements(response).get(0).get("outputs").get("next")).put("label", "go");

        Route decoded = PLAIN.treeToValue(route, Route.class);

        assertThat(decoded.additionalProperties()).containsOnlyKeys("description");
        assertThat(decoded.version().additionalProperties())
                .hasEntrySatisfying(
                        "audit", audit -> assertThat(audit.path("by").asText()).isEqualTo("ops"));
        assertThat(decoded.deployment().additionalProperties()).containsEntry("region", PLAIN.valueToTree("eu"));
        ModelElement model = (ModelElement) decoded.elements().get(4);
        assertThat(model.additionalProperties()).containsOnlyKeys("weight");
        assertThat(model.otherProperties())
                .hasEntrySatisfying(
                        "temperature", t -> assertThat(t.decimalValue()).isEqualTo(new BigDecimal("0.70")));
        assertThat(((StartElement) decoded.elements().get(0)).next()).isEqualTo("is-premium");
        assertThat(exactTree(PLAIN.writeValueAsString(decoded))).isEqualTo(route);
    }

    @Test
    void jsonValuesHandedOutAreCopies() throws Exception {
        ObjectNode route = firstRoute(allTypesResponse());
        route.putObject("extension").put("a", 1);
        Route decoded = PLAIN.treeToValue(route, Route.class);

        ((ObjectNode) requireNonNull(decoded.additionalProperties().get("extension"))).put("a", 2);
        ConditionalElement conditional = (ConditionalElement) decoded.elements().get(1);
        ((ObjectNode) conditional.conditions().orElseThrow()).removeAll();

        assertThat(decoded.additionalProperties().get("extension").path("a").asInt())
                .isEqualTo(1);
        assertThat(conditional.conditions().orElseThrow().size()).isEqualTo(1);
        assertThatThrownBy(() -> decoded.additionalProperties().put("x", route))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void valuesBuiltInCodeDoNotReadTheCallersMutableObjects() throws Exception {
        ObjectNode conditions = PLAIN.createObjectNode().put("metadata.tier", "premium");
        Map<String, String> branches = new LinkedHashMap<>(Map.of("canary", "a"));
        List<RouteElement> elements = new ArrayList<>(List.of(StartElement.of("s", "e"), EndElement.of("e")));

        ConditionalElement conditional = ConditionalElement.of("c", "a", "b", conditions);
        PercentageElement split = PercentageElement.of("p", branches);
        Route route = builtRoute().elements(elements).build();
        conditions.put("metadata.tier", "changed");
        branches.put("stable", "b");
        elements.clear();

        assertThat(conditional.conditions().orElseThrow().path("metadata.tier").asText())
                .isEqualTo("premium");
        assertThat(split.outputs()).containsOnlyKeys("canary");
        assertThat(route.elements()).hasSize(2);
    }

    @Test
    void aBuiltRouteEqualsTheSameRouteDecodedAndRoundTrips() throws Exception {
        Route built = builtRoute()
                .elements(List.of(
                        StartElement.of("start", "gpt"),
                        ModelElement.of(
                                "gpt",
                                "end",
                                "end",
                                "openai",
                                "gpt-4o-mini",
                                BigDecimal.valueOf(2),
                                new BigDecimal("30000.5")),
                        RateElement.of("rate", "end", "end", "k", BigDecimal.TEN, "tokens", BigDecimal.ONE),
                        EndElement.of("end")))
                .build();

        String json = PLAIN.writeValueAsString(built);
        Route decoded = PLAIN.readValue(json, Route.class);

        assertThat(decoded).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(PLAIN.writeValueAsString(decoded)).isEqualTo(json);
        assertThat(((RateElement) decoded.elements().get(2)).limitType()).isEqualTo("tokens");
        assertThat(decoded.version().validity()).isEqualTo(RouteVersion.Validity.INVALID);
        assertThat(built.toString()).contains("r1", "premium");
    }

    @Test
    void buildersNameTheMissingValue() {
        @SuppressWarnings("NullAway") // passes null on purpose: the builder must reject it
        RouteDecodeException noName = catchThrowableOfType(
                RouteDecodeException.class,
                () -> builtRoute().name(null).elements(List.of()).build());
        RouteDecodeException emptyTarget =
                catchThrowableOfType(RouteDecodeException.class, () -> StartElement.of("s", ""));
        @SuppressWarnings("NullAway") // passes null on purpose: the factory must reject it
        RouteDecodeException noVersionId = catchThrowableOfType(
                RouteDecodeException.class,
                () -> RouteVersion.of(null, true, "c", "d", RouteVersion.Validity.NOT_REPORTED, null));

        assertThat(noName.field()).isEqualTo("name");
        assertThat(emptyTarget.field()).isEqualTo("outputs.next");
        assertThat(noVersionId.field()).isEqualTo("version_id");
        assertThat(noVersionId.routeIndex()).isEqualTo(-1);
    }

    @Test
    void aNumberTooLargeToHoldIsALocatedTypedError() throws Exception {
        String body = RouteJson.newObjectMapper()
                .writeValueAsString(allTypesResponse())
                .replace("12345678901234567890.123456789", "123e5678901234567890");

        RouteDecodeException e = catchThrowableOfType(RouteDecodeException.class, () -> RouteFixtures.decode(body));

        assertThat(e.jsonPath()).isEqualTo("$.data.routes[0].elements[2].properties.limit");
        assertThat(e.pointer().toString()).isEqualTo("/data/routes/0/elements/2/properties/limit");
        assertThat(e.field()).isEqualTo("properties.limit");
        assertThat(e.elementId()).contains("premium-limit");
        assertThat(e.getMessage()).contains("number out of range");
    }

    @Test
    void locationsAreValuesFromTheDocumentRoot() throws Exception {
        ObjectNode response = allTypesResponse();
        com.fasterxml.jackson.databind.node.ArrayNode routes = (com.fasterxml.jackson.databind.node.ArrayNode)
                response.path("data").path("routes");
        ObjectNode second = firstRoute(response).deepCopy();
        second.put("id", "second");
        ((ObjectNode) second.get("elements").get(3)).remove("type");
        routes.add(second);

        RouteDecodeException e = catchThrowableOfType(
                RouteDecodeException.class,
                () -> RouteFixtures.decode(RouteJson.newObjectMapper().writeValueAsString(response)));

        assertThat(e.routeIndex()).isEqualTo(1);
        assertThat(e.routeId()).contains("second");
        assertThat(e.elementIndex()).isEqualTo(3);
        assertThat(e.elementId()).contains("split");
        assertThat(e.field()).isEqualTo("type");
        assertThat(e.jsonPath()).isEqualTo("$.data.routes[1].elements[3].type");
    }

    @Test
    void routeDatesAreWrittenBackAsSent() throws Exception {
        ObjectNode route = firstRoute(allTypesResponse());
        route.put("modified_at", "2025-03-05T10:00:00.000+02:00");

        Route decoded = PLAIN.treeToValue(route, Route.class);

        assertThat(decoded.modifiedAt()).isEqualTo(OffsetDateTime.of(2025, 3, 5, 10, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(PLAIN.writeValueAsString(decoded)).contains("\"modified_at\":\"2025-03-05T10:00:00.000+02:00\"");
    }

    static Route.Builder builtRoute() {
        return Route.builder()
                .id("r1")
                .name("premium")
                .accountTag("acc")
                .gatewayId("gw")
                .createdAt(OffsetDateTime.of(2025, 3, 4, 10, 15, 30, 0, ZoneOffset.UTC))
                .modifiedAt(OffsetDateTime.of(2025, 3, 4, 10, 15, 30, 0, ZoneOffset.UTC))
                .deployment(RouteDeployment.of("d", "v", "2025-03-04 10:20:00", null))
                .version(RouteVersion.of("v", true, "2025-03-04 10:19:00", "{}", RouteVersion.Validity.INVALID, null));
    }
}
