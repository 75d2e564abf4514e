package dev.dynamicroutes.element;

import static dev.dynamicroutes.element.RouteFixtures.MAPPER;
import static dev.dynamicroutes.element.RouteFixtures.allTypesResponse;
import static dev.dynamicroutes.element.RouteFixtures.decodeFirst;
import static dev.dynamicroutes.element.RouteFixtures.elements;
import static dev.dynamicroutes.element.RouteFixtures.firstRoute;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Decode → encode gives back the wire JSON: known fields, unknown elements, unknown enum values. */
class RoundTripTest {

    static JsonNode encode(Route route) throws Exception {
        return MAPPER.readTree(MAPPER.writeValueAsString(route));
    }

    @Test
    void knownRouteRoundTripsToTheSameJson() throws Exception {
        ObjectNode response = allTypesResponse();

        Route route = decodeFirst(response);

        assertThat(encode(route)).isEqualTo(firstRoute(response));
    }

    @Test
    void unknownElementTypeIsKeptAndWrittenBackUnchanged() throws Exception {
        ObjectNode response = allTypesResponse();
        JsonNode cache = MAPPER.readTree("""
        {"id":"cache-1","outputs":{"hit":{"elementId":"end"},"miss":{"elementId":"gpt"}},
         "properties":{"ttl":1.50,"tags":["a",{"b":null}],"big":123456789012345678901234567890},
         "type":"cache","extra":true}""");
        elements(response).insert(3, cache);

        Route route = decodeFirst(response);

        RouteElement element = route.elements().get(3);
        assertThat(element).isInstanceOf(UnknownElement.class);
        UnknownElement unknown = (UnknownElement) element;
        assertThat(unknown.type()).isEqualTo("cache");
        assertThat(unknown.id()).isEqualTo("cache-1");
        assertThat(unknown.outputs())
                .containsExactly(java.util.Map.entry("hit", "end"), java.util.Map.entry("miss", "gpt"));
        assertThat(unknown.json()).isEqualTo(cache);
        assertThat(encode(route)).isEqualTo(firstRoute(response));
        assertThat(MAPPER.writeValueAsString(unknown)).isEqualTo(MAPPER.writeValueAsString(cache));
    }

    @Test
    void unknownElementWithoutIdIsKept() throws Exception {
        ObjectNode response = allTypesResponse();
        elements(response).add(MAPPER.readTree("{\"type\":\"annotation\",\"text\":\"hello\"}"));

        Route route = decodeFirst(response);

        UnknownElement unknown =
                (UnknownElement) route.elements().get(route.elements().size() - 1);
        assertThat(unknown.id()).isEmpty(); // no id: the empty string, never null
        assertThat(unknown.outputs()).isEmpty();
        assertThat(encode(route)).isEqualTo(firstRoute(response));
    }

    @Test
    void unknownLimitTypeIsKeptAndWrittenBackUnchanged() throws Exception {
        ObjectNode response = allTypesResponse();
        ((ObjectNode) elements(response).get(2).get("properties")).put("limitType", "tokens");

        Route route = decodeFirst(response);

        RateElement rate = (RateElement) route.elements().get(2);
        assertThat(rate.limitType()).isEqualTo("tokens");
        assertThat(encode(route)).isEqualTo(firstRoute(response));
    }

    @Test
    void costLimitType() throws Exception {
        ObjectNode response = allTypesResponse();
        ((ObjectNode) elements(response).get(2).get("properties")).put("limitType", "cost");

        RateElement rate = (RateElement) decodeFirst(response).elements().get(2);

        assertThat(rate.limitType()).isEqualTo("cost");
        assertThat(encode(decodeFirst(response))).isEqualTo(firstRoute(response));
    }

    @Test
    void wireNamesAreWrittenBack() throws Exception {
        String json = MAPPER.writeValueAsString(decodeFirst(allTypesResponse()));

        assertThat(json)
                .contains(
                        "\"elementId\"",
                        "\"limitType\"",
                        "\"account_tag\"",
                        "\"gateway_id\"",
                        "\"created_at\"",
                        "\"modified_at\"",
                        "\"is_valid\"",
                        "\"version_id\"",
                        "\"deployment_id\"",
                        "\"true\"",
                        "\"false\"");
        assertThat(json).doesNotContain("onTrue", "onFalse", "element_id", "limit_type", "UNKNOWN_DEFAULT");
    }
}
