package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element whose {@code type} this client does not know: kept, not dropped, with its JSON as
 * sent. Serialising it writes that JSON back unchanged (same fields, same order, numbers with the
 * same digits and scale), so routes pass through old clients intact. Compact JSON comes back byte
 * for byte; the only numbers written differently are those {@code BigDecimal} has one form for
 * ({@code 1e2} as {@code 1E+2}, {@code -0.0} as {@code 0.0}).
 *
 * <pre>{@code
 * if (element instanceof UnknownElement unknown) {
 *   log.info("element {} of new type {}: {}", unknown.id(), unknown.type(), unknown.json());
 * }
 * UnknownElement cache = UnknownElement.of(new ObjectMapper().readTree(
 *     "{\"id\":\"c\",\"type\":\"cache\",\"outputs\":{\"hit\":{\"elementId\":\"end\"}}}"));
 * }</pre>
 *
 * <p>Its {@link #id()} is empty when the JSON has no string {@code id}; its
 * {@link #additionalProperties()} are every field but {@code id} and {@code type}, none being modelled.
 * {@link #outputs()} is read, best effort, from an {@code outputs} object whose values carry a
 * string {@code elementId}, the shape every known type uses, so graph code can follow its edges.
 */
public final class UnknownElement extends RouteElement {

    private final ObjectNode json;
    private final String type;

    /** {@code json} is owned by the new element: never handed out, only copies of it. */
    UnknownElement(ObjectNode json, String type) {
        super(idOf(json), outputsOf(json), null, Map.of());
        this.json = json;
        this.type = type;
    }

    private static String idOf(ObjectNode json) {
        JsonNode idNode = json.get("id");
        return idNode != null && idNode.isTextual() ? idNode.textValue() : "";
    }

    private static Map<String, String> outputsOf(ObjectNode json) {
        Map<String, String> edges = new LinkedHashMap<>();
        JsonNode outs = json.get("outputs");
        if (outs != null && outs.isObject()) {
            for (Map.Entry<String, JsonNode> output : outs.properties()) {
                JsonNode target = output.getValue().get("elementId");
                if (target != null && target.isTextual()) {
                    edges.put(output.getKey(), target.textValue());
                }
            }
        }
        return Collections.unmodifiableMap(edges);
    }

    /**
     * An element of a kind this client does not model, from its JSON object (copied), which must have
     * a string {@code type} that is not one of the known kinds.
     *
     * @param json a JSON object with a string {@code type}
     * @return an unknown element holding a copy of {@code json}
     */
    public static UnknownElement of(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw Location.built().problem("must be a JSON object", "json");
        }
        JsonNode type = json.get("type");
        if (type == null || !type.isTextual()) {
            throw Location.built().problem("must be a string", "type");
        }
        if (ElementKinds.byWireName(type.textValue()) != null) {
            throw Location.built()
                    .problem("'" + type.textValue() + "' is a known kind: decode it or use its class", "type");
        }
        return new UnknownElement(((ObjectNode) json).deepCopy(), type.textValue());
    }

    /** The {@code type} as sent. */
    @Override
    String wireType() {
        return type;
    }

    /** Every field of the element except {@code id} and {@code type}: none of them is modelled. A copy. */
    @Override
    Map<String, JsonNode> unmodelled() {
        Map<String, JsonNode> other = new LinkedHashMap<>();
        json.properties().forEach(field -> {
            if (!field.getKey().equals("id") && !field.getKey().equals("type")) {
                other.put(field.getKey(), field.getValue().deepCopy());
            }
        });
        return Collections.unmodifiableMap(other);
    }

    /** {@return the element's JSON object exactly as sent} A copy: changing it does not change this element. */
    public JsonNode json() {
        return json.deepCopy();
    }

    /** The JSON itself, for writing; never handed out. */
    JsonNode tree() {
        return json;
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitUnknown(this);
    }

    /** Not used: equality is the JSON's. */
    @Override
    List<Object> state() {
        return List.of();
    }

    @Override
    boolean sameValue(RouteElement other) {
        return json.equals(((UnknownElement) other).json);
    }

    @Override
    int valueHash() {
        return json.hashCode();
    }

    @Override
    String describe() {
        return "UnknownElement[id=" + id() + ", type=" + type + ", outputs=" + outputs() + "]";
    }
}
