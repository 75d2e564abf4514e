package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one pass over an element object read, before its {@code type} (which the real API writes
 * last) is known, plus the checks every kind's decoder shares. Common values are kept in their final
 * form ({@code id} as a string, regular outputs as a name-to-target map); only {@code properties} and
 * fields no kind models are kept as trees. An unknown element's JSON is rebuilt from these parts in
 * the original field order.
 */
final class ElementParts {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final Location route;
    private final int index;
    private @Nullable Location at;

    @Nullable
    String id;

    @Nullable
    JsonNode idOther;

    @Nullable
    String type;

    @Nullable
    JsonNode typeOther;
    /** Outputs in the regular shape (every value exactly {@code {"elementId": "<string>"}}). */
    @Nullable
    Map<String, String> outputs;
    /** Outputs in any other shape, as sent (then {@link #outputs} is null). */
    @Nullable
    JsonNode outputsTree;

    @Nullable
    ObjectNode properties;
    /** A {@code properties} value that is not an object (JSON null included), as sent. */
    @Nullable
    JsonNode propertiesOther;

    @Nullable
    Map<String, JsonNode> others;
    /** Field names in wire order, kept only to rebuild an unknown element. */
    final List<String> order = new ArrayList<>(4);

    ElementParts(Location route, int index) {
        this.route = route;
        this.index = index;
    }

    /** Where this element is (its id included once read); built only when a problem is reported. */
    Location at() {
        if (at == null) {
            at = route.element(index, id);
        }
        return at;
    }

    String requireId() {
        if (id != null) {
            return id;
        }
        if (idOther != null && !idOther.isNull()) {
            throw at().problem("must be a string, was " + ExactJson.describe(idOther), "id");
        }
        throw at().problem("missing required field", "id");
    }

    /**
     * Every output as output name to target id, in wire order, with the {@code required} names
     * present. Every output must be a reference {@code {"elementId": "<id>"}}.
     */
    Map<String, String> outputs(String... required) {
        Map<String, String> targets = outputs;
        if (targets == null) {
            targets = fromTree();
        }
        for (String name : required) {
            if (!targets.containsKey(name)) {
                throw at().problem("missing required field", "outputs", name);
            }
        }
        return Collections.unmodifiableMap(targets);
    }

    /** The outputs as sent when they carry more than references (written back instead of the map), else null. */
    @Nullable
    JsonNode rawOutputs() {
        return outputsTree;
    }

    private Map<String, String> fromTree() {
        JsonNode tree = outputsTree;
        if (tree == null || tree.isNull()) {
            throw at().problem("missing required field", "outputs");
        }
        if (!tree.isObject()) {
            throw at().problem("must be an object, was " + ExactJson.describe(tree), "outputs");
        }
        Map<String, String> targets = new LinkedHashMap<>(Math.max(4, tree.size() * 2));
        for (Map.Entry<String, JsonNode> output : tree.properties()) {
            String name = output.getKey();
            JsonNode ref = output.getValue();
            if (ref.isNull()) {
                throw at().problem("missing required field", "outputs", name);
            }
            if (!ref.isObject()) {
                throw at().problem("must be an object, was " + ExactJson.describe(ref), "outputs", name);
            }
            JsonNode target = ref.get("elementId");
            if (target == null || target.isNull()) {
                throw at().problem("missing required field", "outputs", name, "elementId");
            }
            if (!target.isTextual()) {
                throw at().problem("must be a string, was " + ExactJson.describe(target), "outputs", name, "elementId");
            }
            targets.put(name, target.textValue());
        }
        return targets;
    }

    /** The {@code properties} object; required for the kinds that call this. */
    ObjectNode properties() {
        if (properties != null) {
            return properties;
        }
        if (propertiesOther != null && !propertiesOther.isNull()) {
            throw at().problem("must be an object, was " + ExactJson.describe(propertiesOther), "properties");
        }
        throw at().problem("missing required field", "properties");
    }

    String text(ObjectNode props, String name) {
        JsonNode value = present(props, name);
        if (!value.isTextual()) {
            throw at().problem("must be a string, was " + ExactJson.describe(value), "properties", name);
        }
        return value.textValue();
    }

    BigDecimal number(ObjectNode props, String name) {
        JsonNode value = present(props, name);
        if (!value.isNumber()) {
            throw at().problem("must be a number, was " + ExactJson.describe(value), "properties", name);
        }
        return value.decimalValue();
    }

    private JsonNode present(ObjectNode props, String name) {
        JsonNode value = props.get(name);
        if (value == null || value.isNull()) {
            throw at().problem("missing required field", "properties", name);
        }
        return value;
    }

    /** The fields of {@code properties} other than the {@code modelled} ones, in wire order. */
    static Map<String, JsonNode> otherProperties(ObjectNode props, int modelledPresent, String... modelled) {
        if (props.size() == modelledPresent) {
            return Map.of();
        }
        Map<String, JsonNode> other = new LinkedHashMap<>();
        props.properties().forEach(field -> {
            if (!List.of(modelled).contains(field.getKey())) {
                other.put(field.getKey(), field.getValue());
            }
        });
        return Collections.unmodifiableMap(other);
    }

    /** Fields of the element object no kind models, in wire order. */
    Map<String, JsonNode> additional() {
        return others == null ? Map.of() : Collections.unmodifiableMap(others);
    }

    /** The element's JSON as sent, rebuilt in field order from the parts. */
    ObjectNode json() {
        ObjectNode json = NODES.objectNode();
        for (String name : order) {
            JsonNode value = switch (name) {
                case "id" -> id != null ? TextNode.valueOf(id) : idOther;
                case "type" -> type != null ? TextNode.valueOf(type) : typeOther;
                case "outputs" -> outputs != null ? ElementCodec.outputsTree(outputs) : outputsTree;
                case "properties" -> properties != null ? properties : propertiesOther;
                default -> others == null ? null : others.get(name);
            };
            json.set(name, value == null ? NullNode.getInstance() : value);
        }
        return json;
    }
}
