package dev.dynamicroutes.element;

import java.util.Map;

/**
 * The entry point of a route: a single {@code next} output.
 *
 * <pre>{@code
 * String first = start.next();
 * }</pre>
 */
public final class StartElement extends WireBackedElement implements RouteElement {

    static final String TYPE = "start";

    private final String next;

    StartElement(dev.dynamicroutes.generated.model.StartElementDto wire, WireCheck check) {
        this(wire, check.target(check.required(wire.getOutputs(), "outputs").getNext(), "outputs.next"), check);
    }

    private StartElement(dev.dynamicroutes.generated.model.StartElementDto wire, String next, WireCheck check) {
        super(wire, check.required(wire.getId(), "id"), Map.of("next", next));
        this.next = next;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Id of the first element after start. */
    public String next() {
        return next;
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitStart(this);
    }

    @Override
    public String toString() {
        return "StartElement[id=" + id() + ", next=" + next + "]";
    }
}
