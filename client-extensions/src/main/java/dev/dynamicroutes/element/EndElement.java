package dev.dynamicroutes.element;

/**
 * The end of a path through the route. Usually has no outputs; any it has are kept in
 * {@link #outputs()}.
 *
 * <pre>{@code
 * boolean terminal = end.outputs().isEmpty();
 * }</pre>
 */
public final class EndElement extends WireBackedElement implements RouteElement {

    static final String TYPE = "end";

    EndElement(dev.dynamicroutes.generated.model.EndElementDto wire, WireCheck check) {
        super(wire, check.required(wire.getId(), "id"), check.targets(wire.getOutputs(), "outputs"));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitEnd(this);
    }

    @Override
    public String toString() {
        return "EndElement[id=" + id() + ", outputs=" + outputs() + "]";
    }
}
