package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The end of a path through the route. Usually without outputs; any it has are in {@link #outputs()}.
 *
 * <pre>{@code
 * EndElement end = EndElement.of("end");
 * boolean terminal = end.outputs().isEmpty();
 * }</pre>
 */
public final class EndElement extends RouteElement {

    private EndElement(String id, Map<String, String> outputs, @Nullable JsonNode raw, Map<String, JsonNode> other) {
        super(id, outputs, raw, other);
    }

    /**
     * An end element without outputs.
     *
     * @param id the element id
     * @return an end element
     */
    public static EndElement of(String id) {
        return new EndElement(reference(id, "id"), Map.of(), null, Map.of());
    }

    static EndElement decode(ElementParts parts) {
        return new EndElement(parts.requireId(), parts.outputs(), parts.rawOutputs(), parts.additional());
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitEnd(this);
    }

    @Override
    List<Object> state() {
        return List.of();
    }
}
