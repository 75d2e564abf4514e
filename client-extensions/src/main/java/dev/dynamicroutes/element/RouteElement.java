package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One node of a route's graph. Sealed: one of the six known kinds or {@link UnknownElement}.
 *
 * <p>Generic code needs no branching: {@link #id()}, {@link #type()}, {@link #outputs()} (output
 * name to target element id) and {@link #label()} work for every element. To branch, use the
 * {@link Visitor}, which the compiler keeps exhaustive:
 *
 * <pre>{@code
 * String text = element.accept(new RouteElement.Visitor<String>() {
 *   public String visitStart(StartElement e) { return "start"; }
 *   public String visitConditional(ConditionalElement e) { return "if " + e.conditions().orElse(null); }
 *   public String visitPercentage(PercentageElement e) { return "split " + e.outputs().keySet(); }
 *   public String visitRate(RateElement e) { return e.limit() + " " + e.limitType() + " / " + e.window() + "s"; }
 *   public String visitModel(ModelElement e) { return e.provider() + "/" + e.model(); }
 *   public String visitEnd(EndElement e) { return "end"; }
 *   public String visitUnknown(UnknownElement e) { return "unknown type " + e.type(); }
 * });
 * }</pre>
 *
 * On Java 21+ a pattern {@code switch} over the sealed class works as well. Elements read and
 * write themselves with any Jackson {@code ObjectMapper}:
 * {@code mapper.readValue(json, RouteElement.class)}, {@code mapper.writeValueAsString(element)}.
 *
 * <p>A sealed class rather than an interface so that what every element has (id, type, outputs,
 * unmodelled fields, label, value equality) is declared and implemented once, here, for the known
 * kinds and {@link UnknownElement} alike; nobody outside this package can extend it.
 */
@JsonDeserialize(using = ElementCodec.Deserializer.class)
@JsonSerialize(using = ElementCodec.Serializer.class)
public abstract sealed class RouteElement
        permits StartElement,
                ConditionalElement,
                PercentageElement,
                RateElement,
                ModelElement,
                EndElement,
                UnknownElement {

    private final String id;
    private final Map<String, String> outputs;
    /** The {@code outputs} object as sent, written back as is; null for elements built in code. */
    private final @Nullable JsonNode rawOutputs;
    /** Fields of the element object a known kind does not model; empty for an unknown kind (its JSON has them). */
    private final Map<String, JsonNode> additional;

    RouteElement(
            String id, Map<String, String> outputs, @Nullable JsonNode rawOutputs, Map<String, JsonNode> additional) {
        this.id = id;
        this.outputs = outputs;
        this.rawOutputs = rawOutputs;
        this.additional = additional;
    }

    /**
     * The element's id. Never null; empty only for an {@link UnknownElement} sent without one (the
     * known kinds require an id), which no output can reference.
     *
     * @return the element's id
     */
    public final String id() {
        return id;
    }

    /** {@return the wire {@code type}, e.g. {@code "model"}} */
    public final String type() {
        return wireType();
    }

    /**
     * Outgoing edges: output name (e.g. {@code "success"}, {@code "true"}, a branch name) to the id of
     * the target element, in wire order. Unmodifiable; empty for an end element without outputs.
     *
     * @return output name to target element id, unmodifiable
     */
    public final Map<String, String> outputs() {
        return outputs;
    }

    /**
     * Fields of the element object this client does not model, in wire order, written back
     * unchanged. A copy; empty for elements built in code.
     *
     * @return the unmodelled fields, a copy
     */
    public final Map<String, JsonNode> additionalProperties() {
        return unmodelled();
    }

    /** {@return a one-line description for people and graph labels, e.g. {@code model: openai/gpt-4o-mini}} */
    public final String label() {
        return ElementKinds.label(this);
    }

    /**
     * Calls the visitor method for this element's kind and returns its result.
     *
     * @param <T> what the visitor returns
     * @param visitor the visitor to call
     * @return what the visitor returned
     */
    public abstract <T> T accept(Visitor<T> visitor);

    /** Equal when of the same kind with the same id, outputs, fields and unmodelled fields. */
    @Override
    @SuppressWarnings("EqualsGetClass") // elements of two kinds are never equal, and every kind is a final class
    public final boolean equals(@Nullable Object o) {
        return o == this || (o != null && o.getClass() == getClass() && sameValue((RouteElement) o));
    }

    @Override
    public final int hashCode() {
        return valueHash();
    }

    /** {@return e.g. {@code ModelElement[id=gpt, outputs={success=end, fallback=end}, provider=openai, …]}} */
    @Override
    public final String toString() {
        return describe();
    }

    // What follows is shared by the six known kinds; UnknownElement overrides what its JSON decides.

    /** The unmodelled fields, a copy the caller may keep. */
    Map<String, JsonNode> unmodelled() {
        return ExactJson.copyOf(additional);
    }

    /** The wire type: from the element table for a known kind. */
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

    /** Value equality with an element of the same class. */
    boolean sameValue(RouteElement other) {
        return id().equals(other.id())
                && outputs().equals(other.outputs())
                && Objects.equals(rawOutputs, other.rawOutputs)
                && additional.equals(other.additional)
                && state().equals(other.state());
    }

    int valueHash() {
        return Objects.hash(getClass(), id(), outputs(), additional, state());
    }

    String describe() {
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

    /** The outputs of a rate or model element. */
    static Map<String, String> successFallback(String success, String fallback) {
        Map<String, String> outputs = new LinkedHashMap<>(4);
        outputs.put("success", reference(success, "outputs.success"));
        outputs.put("fallback", reference(fallback, "outputs.fallback"));
        return Collections.unmodifiableMap(outputs);
    }

    /**
     * One method per element kind, plus {@link #visitUnknown} for types added to the API after this
     * client was built: old clients keep working when the server grows.
     *
     * @param <T> what the visitor returns
     */
    public interface Visitor<T> {
        /**
         * Called for a start element.
         *
         * @param element the element
         * @return the visitor's result
         */
        T visitStart(StartElement element);

        /**
         * Called for a conditional element.
         *
         * @param element the element
         * @return the visitor's result
         */
        T visitConditional(ConditionalElement element);

        /**
         * Called for a percentage element.
         *
         * @param element the element
         * @return the visitor's result
         */
        T visitPercentage(PercentageElement element);

        /**
         * Called for a rate element.
         *
         * @param element the element
         * @return the visitor's result
         */
        T visitRate(RateElement element);

        /**
         * Called for a model element.
         *
         * @param element the element
         * @return the visitor's result
         */
        T visitModel(ModelElement element);

        /**
         * Called for an end element.
         *
         * @param element the element
         * @return the visitor's result
         */
        T visitEnd(EndElement element);

        /**
         * Called for an element of a type this client does not know.
         *
         * @param element the element, with its JSON
         * @return the visitor's result
         */
        T visitUnknown(UnknownElement element);
    }
}
