package dev.dynamicroutes.element;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An element whose {@code type} this client does not know: kept, not dropped, with its raw JSON.
 * Serialising it writes that JSON back unchanged, so routes pass through old clients intact.
 *
 * <pre>{@code
 * if (element instanceof UnknownElement unknown) {
 *   log.info("element {} of new type {}: {}", unknown.id(), unknown.type(), unknown.json());
 * }
 * }</pre>
 *
 * <p>{@link #outputs()} is read, best effort, from an {@code outputs} object whose values carry an
 * {@code elementId}, the shape every known type uses, so graph code can still follow its edges.
 */
public final class UnknownElement implements RouteElement {

    private final ObjectNode json;
    private final String type;
    private final String id;
    private final Map<String, String> outputs;

    UnknownElement(ObjectNode json, String type) {
        this.json = json;
        this.type = type;
        JsonNode idNode = json.get("id");
        this.id = idNode != null && idNode.isTextual() ? idNode.textValue() : null;
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
        this.outputs = Collections.unmodifiableMap(edges);
    }

    /** The id, or null when the element has no string {@code id}. */
    @Override
    public String id() {
        return id;
    }

    /** The {@code type} as sent. */
    @Override
    public String type() {
        return type;
    }

    @Override
    public Map<String, String> outputs() {
        return outputs;
    }

    /** The element's JSON object exactly as sent (a copy). */
    public ObjectNode json() {
        return json.deepCopy();
    }

    @JsonValue
    ObjectNode wire() {
        return json;
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitUnknown(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownElement && json.equals(((UnknownElement) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "UnknownElement[id=" + id + ", type=" + type + ", outputs=" + outputs + "]";
    }
}
