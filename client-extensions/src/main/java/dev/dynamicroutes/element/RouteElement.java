package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
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
public abstract sealed class RouteElement permits KnownElement, UnknownElement {

    private final String id;
    private final Map<String, String> outputs;

    RouteElement(String id, Map<String, String> outputs) {
        this.id = id;
        this.outputs = outputs;
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

    /** The wire type: from the element table for a known kind, as sent for an unknown one. */
    abstract String wireType();

    /** The unmodelled fields, a copy the caller may keep. */
    abstract Map<String, JsonNode> unmodelled();

    /** Value equality with an element of the same class. */
    abstract boolean sameValue(RouteElement other);

    abstract int valueHash();

    abstract String describe();

    /**
     * One method per element kind, plus {@link #visitUnknown} for types added to the API after this
     * client was built: old clients keep working when the server grows.
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
