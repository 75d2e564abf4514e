package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamicroutes.generated.model.ConditionalOutputsDto;
import java.util.Optional;

/**
 * A branch on a condition: {@code true} and {@code false} outputs, and the condition itself as a
 * free-form JSON tree.
 *
 * <pre>{@code
 * String next = matches ? conditional.whenTrue() : conditional.whenFalse();
 * JsonNode tier = conditional.conditions().map(c -> c.path("metadata.tier")).orElse(null);
 * }</pre>
 */
public final class ConditionalElement extends WireBackedElement implements RouteElement {

    static final String TYPE = "conditional";

    private final String whenTrue;
    private final String whenFalse;
    private final JsonNode conditions;

    ConditionalElement(dev.dynamicroutes.generated.model.ConditionalElementDto wire, WireCheck check) {
        this(wire, check.required(wire.getOutputs(), "outputs"), check);
    }

    private ConditionalElement(
            dev.dynamicroutes.generated.model.ConditionalElementDto wire,
            ConditionalOutputsDto outputs,
            WireCheck check) {
        super(
                wire,
                check.required(wire.getId(), "id"),
                WireCheck.orderedOutputs(
                        "true", check.target(outputs.getOnTrue(), "outputs.true"),
                        "false", check.target(outputs.getOnFalse(), "outputs.false")));
        this.whenTrue = outputs().get("true");
        this.whenFalse = outputs().get("false");
        this.conditions =
                asTree(check.required(wire.getProperties(), "properties").getConditions());
    }

    // RouteJson's mix-in decodes "conditions" as a JsonNode; a generated object built by other means
    // may hold maps and lists instead
    private static JsonNode asTree(Object conditions) {
        return conditions == null || conditions instanceof JsonNode
                ? (JsonNode) conditions
                : TREES.valueToTree(conditions);
    }

    private static final ObjectMapper TREES = new ObjectMapper();

    @Override
    public String type() {
        return TYPE;
    }

    /** Id of the element taken when the condition holds (output {@code "true"}). */
    public String whenTrue() {
        return whenTrue;
    }

    /** Id of the element taken otherwise (output {@code "false"}). */
    public String whenFalse() {
        return whenFalse;
    }

    /**
     * The condition tree exactly as sent (any JSON value, numbers exact); empty when the element has
     * none. A copy: changing it does not change this element.
     */
    public Optional<JsonNode> conditions() {
        return Optional.ofNullable(conditions).map(JsonNode::deepCopy);
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitConditional(this);
    }

    @Override
    public String toString() {
        return "ConditionalElement[id=" + id() + ", true=" + whenTrue + ", false=" + whenFalse + ", conditions="
                + conditions + "]";
    }
}
