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
abstract sealed class KnownElement extends RouteElement
        permits StartElement, ConditionalElement, PercentageElement, SuccessFallbackElement, EndElement {

    private final @Nullable JsonNode rawOutputs;
    private final Map<String, JsonNode> additional;

    KnownElement(
            String id, Map<String, String> outputs, @Nullable JsonNode rawOutputs, Map<String, JsonNode> additional) {
        super(id, outputs);
        this.rawOutputs = rawOutputs;
        this.additional = additional;
    }

    @Override
    Map<String, JsonNode> unmodelled() {
        return ExactJson.copyOf(additional);
    }

    @Override
    String wireType() {
        return ElementKinds.of(this).wireName();
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
    final boolean sameValue(RouteElement o) {
        KnownElement other = (KnownElement) o;
        return id().equals(other.id())
                && outputs().equals(other.outputs())
                && Objects.equals(rawOutputs, other.rawOutputs)
                && additional.equals(other.additional)
                && state().equals(other.state());
    }

    @Override
    final int valueHash() {
        return Objects.hash(getClass(), id(), outputs(), additional, state());
    }

    @Override
    final String describe() {
        StringBuilder out = new StringBuilder(getClass().getSimpleName())
                .append("[id=")
                .append(id())
                .append(", outputs=")
                .append(outputs());
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
        return Objects.requireNonNull(outputs().get(name), name);
    }

    /** Output name to target, validated and copied in order. */
    static Map<String, String> outputsOf(Map<String, String> outputs) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(Math.max(4, outputs.size() * 2));
        required(outputs, "outputs")
                .forEach((name, target) -> copy.put(required(name, "outputs"), reference(target, "outputs." + name)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
