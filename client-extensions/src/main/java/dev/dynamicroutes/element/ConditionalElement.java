package dev.dynamicroutes.element;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A branch on a condition: outputs {@code true} and {@code false}, and the condition itself as a
 * free-form JSON tree (numbers exact).
 *
 * <pre>{@code
 * ConditionalElement check = ConditionalElement.of("check-tier", "premium", "standard",
 *     new ObjectMapper().readTree("{\"metadata.tier\": {\"$eq\": \"premium\"}}"));
 * String next = matches ? check.onTrue() : check.onFalse();
 * }</pre>
 */
public final class ConditionalElement extends RouteElement {

    /** As sent: null when absent, a {@code NullNode} when sent as JSON null. */
    private final @Nullable JsonNode conditions;

    private final Map<String, JsonNode> otherProperties;

    private ConditionalElement(
            String id,
            Map<String, String> outputs,
            @Nullable JsonNode raw,
            Map<String, JsonNode> other,
            @Nullable JsonNode conditions,
            Map<String, JsonNode> otherProperties) {
        super(id, outputs, raw, other);
        this.conditions = conditions;
        this.otherProperties = otherProperties;
    }

    /**
     * A conditional element; {@code conditions} may be null (none). The tree is copied: later changes
     * to it do not reach the element.
     *
     * @param id the element id
     * @param onTrue id of the element taken when the condition holds
     * @param onFalse id of the element taken otherwise
     * @param conditions the condition tree (copied), or null for none
     * @return a conditional element
     */
    public static ConditionalElement of(String id, String onTrue, String onFalse, @Nullable JsonNode conditions) {
        Map<String, String> outputs = new LinkedHashMap<>(4);
        outputs.put("true", reference(onTrue, "outputs.true"));
        outputs.put("false", reference(onFalse, "outputs.false"));
        return new ConditionalElement(
                reference(id, "id"),
                java.util.Collections.unmodifiableMap(outputs),
                null,
                Map.of(),
                conditions == null ? null : conditions.deepCopy(),
                Map.of());
    }

    static ConditionalElement decode(ElementParts parts) {
        String id = parts.requireId();
        Map<String, String> outputs = parts.outputs("true", "false");
        parts.requireProperties();
        JsonNode conditions = parts.propertyTree("conditions");
        return new ConditionalElement(
                id, outputs, parts.rawOutputs(), parts.additional(), conditions, parts.otherProperties("conditions"));
    }

    static void writeProperties(ConditionalElement e, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeObjectFieldStart("properties");
        if (e.conditions != null) {
            g.writeFieldName("conditions");
            ExactJson.write(g, provider, e.conditions);
        }
        ExactJson.writeFields(g, provider, e.otherProperties);
        g.writeEndObject();
    }

    /** {@return id of the element taken when the condition holds (output {@code true})} */
    public String onTrue() {
        return requiredOutput("true");
    }

    /** {@return id of the element taken otherwise (output {@code false})} */
    public String onFalse() {
        return requiredOutput("false");
    }

    /**
     * The condition tree as sent (any JSON value, numbers exact); empty when the element has none
     * (absent or JSON null). A copy: changing it does not change this element.
     *
     * @return the condition tree (a copy), or empty
     */
    public Optional<JsonNode> conditions() {
        return conditions == null || conditions.isNull() ? Optional.empty() : Optional.of(conditions.deepCopy());
    }

    /** {@return fields of the wire {@code properties} object other than {@code conditions}, in wire order} A copy. */
    public Map<String, JsonNode> otherProperties() {
        return ExactJson.copyOf(otherProperties);
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitConditional(this);
    }

    @Override
    List<Object> state() {
        return Arrays.asList(conditions, otherProperties);
    }

    @Override
    String describeState() {
        return "conditions=" + conditions;
    }
}
