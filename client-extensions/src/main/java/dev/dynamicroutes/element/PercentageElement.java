package dev.dynamicroutes.element;

import java.util.Map;

/**
 * A traffic split: named branches, each leading to an element.
 *
 * <pre>{@code
 * percentage.branches().forEach((branch, target) -> System.out.println(branch + " -> " + target));
 * }</pre>
 */
public final class PercentageElement extends WireBackedElement implements RouteElement {

    static final String TYPE = "percentage";

    PercentageElement(dev.dynamicroutes.generated.model.PercentageElementDto wire, WireCheck check) {
        super(wire, check.required(wire.getId(), "id"), check.targets(wire.getOutputs(), "outputs"));
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Branch name to target element id, in wire order (the same map as {@link #outputs()}). */
    public Map<String, String> branches() {
        return outputs();
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitPercentage(this);
    }

    @Override
    public String toString() {
        return "PercentageElement[id=" + id() + ", branches=" + outputs() + "]";
    }
}
