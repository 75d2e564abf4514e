package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the six known element classes share: id, outputs, the element's unmodelled fields, and value
 * equality over all of them plus each kind's own {@link #state()}.
 */
abstract class KnownElement {

    private final String id;
    private final Map<String, String> outputs;
    private final @Nullable JsonNode rawOutputs;
    private final Map<String, JsonNode> additional;

    KnownElement(
            String id, Map<String, String> outputs, @Nullable JsonNode rawOutputs, Map<String, JsonNode> additional) {
        this.id = id;
        this.outputs = outputs;
        this.rawOutputs = rawOutputs;
        this.additional = additional;
    }

    /** {@return the element's id, as sent} */
    public String id() {
        return id;
    }

    /** {@return output name to target element id, in wire order} Unmodifiable. */
    public Map<String, String> outputs() {
        return outputs;
    }

    /**
     * Fields of the element object this client does not model (a server newer than this client),
     * in wire order; written back unchanged. A copy: changing it changes nothing here.
     *
     * @return the unmodelled fields, a copy
     */
    public Map<String, JsonNode> additionalProperties() {
        return ExactJson.copyOf(additional);
    }

    /** {@return a one-line description for people and graph labels, e.g. {@code model: openai/gpt-4o-mini}} */
    public String label() {
        return ElementKinds.label((RouteElement) this);
    }

    /** {@return the wire {@code type}, from the element table} */
    public String type() {
        return ElementKinds.of((RouteElement) this).wireName();
    }

    @Nullable
    JsonNode rawOutputs() {
        return rawOutputs;
    }

    Map<String, JsonNode> additional() {
        return additional;
    }

    /** The kind's own fields, for equality. */
    abstract List<Object> state();

    @Override
    @SuppressWarnings("EqualsGetClass") // elements of two kinds are never equal, and every kind is a final class
    public final boolean equals(@Nullable Object o) {
        if (o == this) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        KnownElement other = (KnownElement) o;
        return id.equals(other.id)
                && outputs.equals(other.outputs)
                && Objects.equals(rawOutputs, other.rawOutputs)
                && additional.equals(other.additional)
                && state().equals(other.state());
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), id, outputs, additional, state());
    }

    @Override
    public final String toString() {
        StringBuilder out = new StringBuilder(getClass().getSimpleName())
                .append("[id=")
                .append(id)
                .append(", outputs=")
                .append(outputs);
        List<Object> state = state();
        if (!state.isEmpty()) {
            out.append(", ").append(describeState());
        }
        if (!additional.isEmpty()) {
            out.append(", additionalProperties=").append(additional.keySet());
        }
        return out.append(']').toString();
    }

    /** The kind's own fields for {@link #toString()}, e.g. {@code provider=openai, model=gpt-4o-mini}. */
    String describeState() {
        return "";
    }

    /** Shared by builders and factories: a required argument. */
    static <T> T required(@Nullable T value, String name) {
        if (value == null) {
            throw Location.built().problem("missing required value", name);
        }
        return value;
    }

    /** An id or output target: not null and, being a reference, not empty. */
    static String reference(@Nullable String id, String name) {
        String value = required(id, name);
        if (value.isEmpty()) {
            throw Location.built().problem("must not be empty", name);
        }
        return value;
    }

    /** The target of an output the kind requires: building and decoding refuse an element without it. */
    final String requiredOutput(String name) {
        return Objects.requireNonNull(outputs.get(name), name);
    }

    /** Output name to target, validated and copied in order. */
    static Map<String, String> outputsOf(Map<String, String> outputs) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(Math.max(4, outputs.size() * 2));
        required(outputs, "outputs")
                .forEach((name, target) -> copy.put(required(name, "outputs"), reference(target, "outputs." + name)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
