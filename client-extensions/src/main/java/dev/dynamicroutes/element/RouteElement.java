package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;

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
 * On Java 21+ a pattern {@code switch} over the sealed interface works as well. Elements read and
 * write themselves with any Jackson {@code ObjectMapper}:
 * {@code mapper.readValue(json, RouteElement.class)}, {@code mapper.writeValueAsString(element)}.
 */
@JsonDeserialize(using = ElementCodec.Deserializer.class)
@JsonSerialize(using = ElementCodec.Serializer.class)
public sealed interface RouteElement
        permits StartElement,
                ConditionalElement,
                PercentageElement,
                RateElement,
                ModelElement,
                EndElement,
                UnknownElement {

    /**
     * The element's id. Never null; empty only for an {@link UnknownElement} sent without one (the
     * known kinds require an id), which no output can reference.
     *
     * @return the element's id
     */
    String id();

    /** {@return the wire {@code type}, e.g. {@code "model"}} */
    String type();

    /**
     * Outgoing edges: output name (e.g. {@code "success"}, {@code "true"}, a branch name) to the id of
     * the target element, in wire order. Unmodifiable; empty for an end element without outputs.
     *
     * @return output name to target element id, unmodifiable
     */
    Map<String, String> outputs();

    /**
     * Fields of the element object this client does not model, in wire order, written back
     * unchanged. A copy; empty for elements built in code.
     *
     * @return the unmodelled fields, a copy
     */
    Map<String, JsonNode> additionalProperties();

    /** {@return a one-line description for people and graph labels, e.g. {@code model: openai/gpt-4o-mini}} */
    String label();

    /**
     * Calls the visitor method for this element's kind and returns its result.
     *
     * @param <T> what the visitor returns
     * @param visitor the visitor to call
     * @return what the visitor returned
     */
    <T> T accept(Visitor<T> visitor);

    /**
     * One method per element kind, plus {@link #visitUnknown} for types added to the API after this
     * client was built: old clients keep working when the server grows.
     */
    interface Visitor<T> {
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
