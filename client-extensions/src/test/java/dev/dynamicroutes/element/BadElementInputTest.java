package dev.dynamicroutes.element;

import static dev.dynamicroutes.element.RouteFixtures.MAPPER;
import static dev.dynamicroutes.element.RouteFixtures.allTypesResponse;
import static dev.dynamicroutes.element.RouteFixtures.decodeFirst;
import static dev.dynamicroutes.element.RouteFixtures.elements;
import static dev.dynamicroutes.element.RouteFixtures.firstRoute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each kind of bad element gives a RouteDecodeException that says where: route, element, field. */
class BadElementInputTest {

    static final String ROUTE_ID = "01JC9Z4V9X6QK7QK3X9N3W2F8E";

    static RouteDecodeException decodeWith(Consumer<ObjectNode> breakIt) {
        ObjectNode response = allTypesResponse();
        breakIt.accept(response);
        return catchThrowableOfType(RouteDecodeException.class, () -> decodeFirst(response));
    }

    static ObjectNode element(ObjectNode response, int index) {
        return (ObjectNode) elements(response).get(index);
    }

    static void assertLocation(RouteDecodeException e, int elementIndex, @Nullable String elementId, String field) {
        assertThat(e).as("expected a RouteDecodeException").isNotNull();
        assertThat(e.routeId()).contains(ROUTE_ID);
        assertThat(e.routeIndex()).isZero();
        assertThat(e.elementIndex()).isEqualTo(elementIndex);
        if (elementId == null) {
            assertThat(e.elementId()).isEmpty();
        } else {
            assertThat(e.elementId()).contains(elementId);
        }
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).contains(ROUTE_ID, "elements[" + elementIndex + "]", field);
    }

    @Test
    void missingType() {
        RouteDecodeException e = decodeWith(r -> element(r, 2).remove("type"));

        assertLocation(e, 2, "premium-limit", "type");
        assertThat(e.getMessage()).contains("missing required field");
    }

    @Test
    void nullType() {
        RouteDecodeException e = decodeWith(r -> element(r, 4).putNull("type"));

        assertLocation(e, 4, "gpt", "type");
    }

    @Test
    void numericType() {
        RouteDecodeException e = decodeWith(r -> element(r, 0).put("type", 7));

        assertLocation(e, 0, "start", "type");
        assertThat(e.getMessage()).contains("must be a string");
    }

    @Test
    void objectType() {
        RouteDecodeException e = decodeWith(r -> element(r, 6).putObject("type").put("name", "end"));

        assertLocation(e, 6, "end", "type");
        assertThat(e.getMessage()).contains("must be a string");
    }

    @Test
    void rateWithoutLimitType() {
        RouteDecodeException e = decodeWith(r -> ((ObjectNode) element(r, 2).get("properties")).remove("limitType"));

        assertLocation(e, 2, "premium-limit", "properties.limitType");
    }

    @Test
    void modelWithoutProperties() {
        RouteDecodeException e = decodeWith(r -> element(r, 5).remove("properties"));

        assertLocation(e, 5, "claude", "properties");
    }

    @Test
    void modelWithoutTimeout() {
        RouteDecodeException e = decodeWith(r -> ((ObjectNode) element(r, 4).get("properties")).remove("timeout"));

        assertLocation(e, 4, "gpt", "properties.timeout");
    }

    @Test
    void conditionalWithoutFalseOutput() {
        RouteDecodeException e = decodeWith(r -> ((ObjectNode) element(r, 1).get("outputs")).remove("false"));

        assertLocation(e, 1, "is-premium", "outputs.false");
    }

    @Test
    void elementWithoutId() {
        RouteDecodeException e = decodeWith(r -> element(r, 3).remove("id"));

        assertLocation(e, 3, null, "id");
    }

    @Test
    void startReferenceWithoutElementId() {
        RouteDecodeException e = decodeWith(r -> ((ObjectNode) element(r, 0).get("outputs")).putObject("next"));

        assertLocation(e, 0, "start", "outputs.next.elementId");
    }

    @Test
    void percentageBranchWithoutElementId() {
        RouteDecodeException e = decodeWith(r ->
                ((ObjectNode) element(r, 3).get("outputs")).putObject("canary").put("element_id", "claude"));

        assertLocation(e, 3, "split", "outputs.canary.elementId");
    }

    @Test
    void rateFallbackWithoutElementId() {
        RouteDecodeException e = decodeWith(r -> ((ObjectNode) element(r, 2).get("outputs")).putNull("fallback"));

        assertLocation(e, 2, "premium-limit", "outputs.fallback");
    }

    @Test
    void nullElement() {
        RouteDecodeException e = decodeWith(r -> elements(r).insertNull(1));

        assertLocation(e, 1, null, "elements[1]");
    }

    @Test
    void routeWithNullElements() {
        // (an absent "elements" decodes as an empty list: the generated field is pre-initialised, so
        // absence cannot be told from [] after one parse; the route graph then reports "no start")
        RouteDecodeException e = decodeWith(r -> firstRoute(r).putNull("elements"));

        assertThat(e.routeId()).contains(ROUTE_ID);
        assertThat(e.elementIndex()).isEqualTo(-1);
        assertThat(e.field()).isEqualTo("elements");
    }

    @Test
    void routeWithoutId() {
        RouteDecodeException e = decodeWith(r -> firstRoute(r).remove("id"));

        assertThat(e.routeId()).isEmpty();
        assertThat(e.routeIndex()).isZero();
        assertThat(e.field()).isEqualTo("id");
        assertThat(e.getMessage()).contains("routes[0]");
    }

    @Test
    void activeThatIsNeitherTrueNorFalse() {
        RouteDecodeException e = decodeWith(r -> ((ObjectNode) firstRoute(r).get("version")).put("active", "maybe"));

        assertThat(e.field()).isEqualTo("version.active");
        assertThat(e.getMessage()).contains("\"true\" or \"false\"");
    }

    @Test
    void nullRoute() {
        RouteDecodeException e = decodeWith(r -> {
            com.fasterxml.jackson.databind.node.ArrayNode routes = (com.fasterxml.jackson.databind.node.ArrayNode)
                    r.path("data").path("routes");
            for (int i = 0; i < 3; i++) {
                routes.add(firstRoute(r).deepCopy());
            }
            routes.addNull();
        });

        assertThat(e.routeIndex()).isEqualTo(4);
        assertThat(e.getMessage()).contains("routes[4]", "route is null");
        assertThat(e.jsonPath()).isEqualTo("$.data.routes[4]");
    }

    @Test
    void trailingContentAfterTheJsonIsRejected() throws Exception {
        // (the client turns Jackson's exception into its typed InvalidResponseException)
        String body = MAPPER.writeValueAsString(allTypesResponse()) + " {\"more\": 1}";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RouteFixtures.decode(body))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
                .hasMessageContaining("Trailing token");
    }

    @Test
    void messagesNameTheProblemNotJacksonInternals() {
        RouteDecodeException e = decodeWith(r -> element(r, 2).remove("type"));

        assertThat(e.getMessage()).doesNotContain("com.fasterxml", "dev.dynamicroutes.generated");
        assertThat(MAPPER).isNotNull();
    }
}
