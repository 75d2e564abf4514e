package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of a route: one output, {@code next}.
 *
 * <pre>{@code
 * StartElement start = StartElement.of("start", "check-tier");
 * String first = start.next();
 * }</pre>
 */
public final class StartElement extends RouteElement {

    private StartElement(String id, Map<String, String> outputs, @Nullable JsonNode raw, Map<String, JsonNode> other) {
        super(id, outputs, raw, other);
    }

    /**
     * A start element whose {@code next} output leads to {@code next}.
     *
     * @param id the element id
     * @param next id of the first element after the start
     * @return a start element
     */
    public static StartElement of(String id, String next) {
        return new StartElement(reference(id, "id"), Map.of("next", reference(next, "outputs.next")), null, Map.of());
    }

    static StartElement decode(ElementParts parts) {
        return new StartElement(parts.requireId(), parts.outputs("next"), parts.rawOutputs(), parts.additional());
    }

    /** {@return id of the first element after start (output {@code next})} */
    public String next() {
        return requiredOutput("next");
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitStart(this);
    }

    @Override
    List<Object> state() {
        return List.of();
    }
}
