package dev.dynamicroutes.element;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Wire-side holder for an element whose {@code type} the generated models do not know (or that has
 * no usable {@code type} at all): every property is kept as raw JSON, in order, and written back
 * unchanged. Handwritten because the generator has no "unknown variant" for a oneOf.
 */
final class UnknownWireElement implements dev.dynamicroutes.generated.model.RouteElementDto {

    private final ObjectNode json = JsonNodeFactory.instance.objectNode();

    @JsonAnySetter
    void set(String name, JsonNode value) {
        json.set(name, value);
    }

    @JsonValue
    ObjectNode json() {
        return json;
    }
}
