package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A traffic split: each output is a named branch leading to an element ({@link #outputs()}, in wire
 * order).
 *
 * <pre>{@code
 * PercentageElement split = PercentageElement.of("split", Map.of("canary", "claude"));
 * split.outputs().forEach((branch, target) -> System.out.println(branch + " -> " + target));
 * }</pre>
 */
public final class PercentageElement extends RouteElement {

    private PercentageElement(
            String id, Map<String, String> outputs, @Nullable JsonNode raw, Map<String, JsonNode> other) {
        super(id, outputs, raw, other);
    }

    /**
     * A split with these branches (branch name to target id; pass a {@code LinkedHashMap} to fix the order).
     *
     * @param id the element id
     * @param branches branch name to target element id, in order
     * @return a percentage element
     */
    public static PercentageElement of(String id, Map<String, String> branches) {
        return new PercentageElement(reference(id, "id"), outputsOf(branches), null, Map.of());
    }

    static PercentageElement decode(ElementParts parts) {
        return new PercentageElement(parts.requireId(), parts.outputs(), parts.rawOutputs(), parts.additional());
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitPercentage(this);
    }

    @Override
    List<Object> state() {
        return List.of();
    }
}
