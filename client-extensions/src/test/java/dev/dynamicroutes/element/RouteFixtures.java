package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Realistic response bodies for element tests, read from test resources and edited as trees. */
final class RouteFixtures {

    static final ObjectMapper MAPPER = RouteJson.newObjectMapper();

    private RouteFixtures() {}

    static ObjectNode allTypesResponse() {
        try (InputStream in = RouteFixtures.class.getResourceAsStream("/routes/all-types.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode firstRoute(ObjectNode response) {
        return (ObjectNode) response.path("data").path("routes").get(0);
    }

    static ArrayNode elements(ObjectNode response) {
        return (ArrayNode) firstRoute(response).get("elements");
    }

    /** Moves each element's "type" to the given position among its fields (0 = first). */
    static ObjectNode withTypeAt(ObjectNode response, TypePosition position) {
        ArrayNode elements = elements(response);
        for (int i = 0; i < elements.size(); i++) {
            ObjectNode element = (ObjectNode) elements.get(i);
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(element.properties());
            Map.Entry<String, JsonNode> type = fields.stream()
                    .filter(f -> f.getKey().equals("type"))
                    .findFirst()
                    .orElseThrow();
            fields.remove(type);
            int at = switch (position) {
                case FIRST -> 0;
                case MIDDLE -> Math.min(1, fields.size());
                case LAST -> fields.size();
            };
            fields.add(at, type);
            ObjectNode reordered = MAPPER.createObjectNode();
            fields.forEach(f -> reordered.set(f.getKey(), f.getValue()));
            elements.set(i, reordered);
        }
        return response;
    }

    enum TypePosition {
        FIRST,
        MIDDLE,
        LAST
    }

    /** Decodes a whole response body the way the client does: one parse, straight into typed routes. */
    static List<Route> decode(String body) throws IOException {
        try {
            return MAPPER.readValue(body, Body.class).data().routes();
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            // inside a larger document Jackson wraps our exception; the client unwraps it the same way
            if (e.getCause() instanceof RouteDecodeException route) {
                throw route;
            }
            throw e;
        }
    }

    /** The envelope, reduced to what these tests read. */
    record Body(Data data) {}

    record Data(List<Route> routes) {}

    static Route decodeFirst(JsonNode response) throws IOException {
        return decode(MAPPER.writeValueAsString(response)).get(0);
    }
}
