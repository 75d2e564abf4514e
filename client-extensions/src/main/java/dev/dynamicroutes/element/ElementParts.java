package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
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
final class ElementParts implements Where {

    // exact decimals without a mapper (JsonNodeFeature, the replacement, is a mapper setting); kept in 2.x
    @SuppressWarnings("deprecation")
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

    /**
     * The {@code properties} object's fields, flat: a value is a {@code String}, an exact number
     * ({@code Integer}, {@code Long}, {@code BigInteger} or {@code BigDecimal}) or, for anything else,
     * a {@code JsonNode}. Cheaper than a tree, and kind decoders take their values as they are.
     * {@code propertyCount} is -1 when there is no {@code properties} object.
     */
    String[] propertyNames = NO_NAMES;

    Object[] propertyValues = NO_VALUES;
    int propertyCount = -1;
    /** A {@code properties} value that is not an object (JSON null included), as sent. */
    @Nullable
    JsonNode propertiesOther;

    @Nullable
    Map<String, JsonNode> others;
    /**
     * Position among the element's distinct fields of id, type, outputs and properties (-1 when
     * absent); the other fields fill the remaining positions in order. Kept to rebuild an unknown
     * element's JSON in wire order without recording every name.
     */
    int idAt = -1;

    int typeAt = -1;
    int outputsAt = -1;
    int propertiesAt = -1;
    int fieldCount;

    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    ElementParts(Location route, int index) {
        this.route = route;
        this.index = index;
    }

    @Override
    public Location location() {
        return at();
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

    /** Notes the position of a field when first seen. */
    int position(int current) {
        return current >= 0 ? current : fieldCount++;
    }

    void property(String name, Object value) {
        String[] names = propertyNames;
        for (int i = 0; i < propertyCount; i++) {
            if (names[i].equals(name)) {
                propertyValues[i] = value; // a repeated field: the last one wins
                return;
            }
        }
        if (propertyCount == names.length) {
            propertyNames = names = java.util.Arrays.copyOf(names, names.length * 2);
            propertyValues = java.util.Arrays.copyOf(propertyValues, names.length);
        }
        names[propertyCount] = name;
        propertyValues[propertyCount++] = value;
    }

    void startProperties() {
        propertyNames = new String[4];
        propertyValues = new Object[4];
        propertyCount = 0;
        propertiesOther = null;
    }

    /** Fails unless the element has a {@code properties} object; required for the kinds that call this. */
    void requireProperties() {
        if (propertyCount >= 0) {
            return;
        }
        if (propertiesOther != null && !propertiesOther.isNull()) {
            throw at().problem("must be an object, was " + ExactJson.describe(propertiesOther), "properties");
        }
        throw at().problem("missing required field", "properties");
    }

    /** A property's value as sent, or null when absent. */
    @Nullable
    Object rawProperty(String name) {
        for (int i = 0; i < propertyCount; i++) {
            if (propertyNames[i].equals(name)) {
                return propertyValues[i];
            }
        }
        return null;
    }

    /** A property as a JSON tree, or null when absent. */
    @Nullable
    JsonNode propertyTree(String name) {
        Object value = rawProperty(name);
        return value == null ? null : node(value);
    }

    String text(String name) {
        Object value = present(name);
        if (!(value instanceof String text)) {
            throw at().problem("must be a string, was " + ExactJson.describe(node(value)), "properties", name);
        }
        return text;
    }

    BigDecimal number(String name) {
        Object value = present(name);
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof java.math.BigInteger integer) {
            return new BigDecimal(integer);
        }
        throw at().problem("must be a number, was " + ExactJson.describe(node(value)), "properties", name);
    }

    private Object present(String name) {
        Object value = rawProperty(name);
        if (value == null || (value instanceof JsonNode node && node.isNull())) {
            throw at().problem("missing required field", "properties", name);
        }
        return value;
    }

    /** The fields of {@code properties} other than the {@code modelled} ones, in wire order. */
    Map<String, JsonNode> otherProperties(String... modelled) {
        int present = 0;
        for (String name : modelled) {
            if (rawProperty(name) != null) {
                present++;
            }
        }
        if (propertyCount <= present) {
            return Map.of();
        }
        Map<String, JsonNode> other = new LinkedHashMap<>();
        for (int i = 0; i < propertyCount; i++) {
            if (!List.of(modelled).contains(propertyNames[i])) {
                other.put(propertyNames[i], node(propertyValues[i]));
            }
        }
        return Collections.unmodifiableMap(other);
    }

    private ObjectNode propertiesTree() {
        ObjectNode tree = NODES.objectNode();
        for (int i = 0; i < propertyCount; i++) {
            tree.set(propertyNames[i], node(propertyValues[i]));
        }
        return tree;
    }

    /** A flat property value as a node. */
    static JsonNode node(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof String text) {
            return TextNode.valueOf(text);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof java.math.BigInteger b) {
            return NODES.numberNode(b);
        }
        return NODES.numberNode((BigDecimal) value);
    }

    /** Fields of the element object no kind models, in wire order. */
    Map<String, JsonNode> additional() {
        return others == null ? Map.of() : Collections.unmodifiableMap(others);
    }

    /** The element's JSON as sent, rebuilt in field order from the parts. */
    ObjectNode json() {
        ObjectNode json = NODES.objectNode();
        java.util.Iterator<Map.Entry<String, JsonNode>> rest = others == null
                ? java.util.Collections.emptyIterator()
                : others.entrySet().iterator();
        for (int at = 0; at < fieldCount; at++) {
            if (at == idAt) {
                json.set("id", id != null ? TextNode.valueOf(id) : orNull(idOther));
            } else if (at == typeAt) {
                json.set("type", type != null ? TextNode.valueOf(type) : orNull(typeOther));
            } else if (at == outputsAt) {
                json.set("outputs", outputs != null ? ElementCodec.outputsTree(outputs) : orNull(outputsTree));
            } else if (at == propertiesAt) {
                json.set("properties", propertyCount >= 0 ? propertiesTree() : orNull(propertiesOther));
            } else if (rest.hasNext()) {
                Map.Entry<String, JsonNode> field = rest.next();
                json.set(field.getKey(), field.getValue());
            }
        }
        return json;
    }

    private static JsonNode orNull(@Nullable JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }
}
