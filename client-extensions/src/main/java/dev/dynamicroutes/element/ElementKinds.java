package dev.dynamicroutes.element;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * THE table of element kinds: for each wire {@code type}, the class it decodes into, how it is
 * decoded from the parts of an element object, how its {@code properties} are written back, and
 * its label in graph renderings. Decoding ({@link ElementCodec}), encoding and labels read only this
 * table; nothing else decides what a {@code type} means.
 *
 * <p>Adding a kind (say Cloudflare adds {@code cache} to the spec): write the class (fields, a
 * {@code decode} and, if it has properties, a {@code writeProperties}), add one row here and to
 * {@link #ALL}, add a {@code visitCache} method to {@link RouteElement.Visitor} and the class to the
 * {@code permits} list, and test it. Until then a {@code cache} element decodes as an
 * {@link UnknownElement} and is written back unchanged.
 */
final class ElementKinds {

    /** One row of the table. */
    record Kind<E extends RouteElement>(
            String wireName,
            Class<E> javaClass,
            Decoder<E> decoder,
            PropertiesWriter<E> propertiesWriter,
            Function<E, String> label) {

        String labelOf(RouteElement element) {
            return label.apply(javaClass.cast(element));
        }

        void writeProperties(RouteElement element, JsonGenerator g, SerializerProvider provider) throws IOException {
            propertiesWriter.write(javaClass.cast(element), g, provider);
        }
    }

    /** Builds the typed element from what was read; throws a located {@link RouteDecodeException}. */
    @FunctionalInterface
    interface Decoder<E> {
        E decode(ElementParts parts);
    }

    /** Writes the element's {@code properties} field, if its kind has one. */
    @FunctionalInterface
    interface PropertiesWriter<E> {
        void write(E element, JsonGenerator g, SerializerProvider provider) throws IOException;
    }

    private static <E> PropertiesWriter<E> noProperties() {
        return (element, g, provider) -> {};
    }

    static final Kind<StartElement> START =
            new Kind<>("start", StartElement.class, StartElement::decode, noProperties(), e -> "start");

    static final Kind<ConditionalElement> CONDITIONAL = new Kind<>(
            "conditional",
            ConditionalElement.class,
            ConditionalElement::decode,
            ConditionalElement::writeProperties,
            e -> e.conditions()
                    .map(c -> "conditional: " + abbreviated(c.toString(), 60))
                    .orElse("conditional"));

    static final Kind<PercentageElement> PERCENTAGE = new Kind<>(
            "percentage",
            PercentageElement.class,
            PercentageElement::decode,
            noProperties(),
            e -> "percentage: " + String.join(" / ", e.outputs().keySet()));

    static final Kind<RateElement> RATE = new Kind<>(
            "rate",
            RateElement.class,
            RateElement::decode,
            RateElement::writeProperties,
            e -> "rate: " + number(e.limit()) + " " + e.limitType() + " / " + number(e.window()) + "s");

    static final Kind<ModelElement> MODEL = new Kind<>(
            "model",
            ModelElement.class,
            ModelElement::decode,
            ModelElement::writeProperties,
            e -> "model: " + e.provider() + "/" + e.model());

    static final Kind<EndElement> END =
            new Kind<>("end", EndElement.class, EndElement::decode, noProperties(), e -> "end");

    static final List<Kind<?>> ALL = List.of(START, CONDITIONAL, PERCENTAGE, RATE, MODEL, END);

    private static final Map<String, Kind<?>> BY_WIRE_NAME = new HashMap<>();
    private static final Map<Class<?>, Kind<?>> BY_CLASS = new HashMap<>();

    static {
        for (Kind<?> kind : ALL) {
            if (BY_WIRE_NAME.put(kind.wireName(), kind) != null || BY_CLASS.put(kind.javaClass(), kind) != null) {
                throw new IllegalStateException("element kind listed twice: " + kind.wireName());
            }
        }
    }

    private ElementKinds() {}

    /** The kind for a wire {@code type}, or null for a type this client does not know. */
    static @Nullable Kind<?> byWireName(String type) {
        return BY_WIRE_NAME.get(type);
    }

    /** The kind of a known element (never called for an {@link UnknownElement}). */
    static Kind<?> of(RouteElement element) {
        Kind<?> kind = BY_CLASS.get(element.getClass());
        if (kind == null) {
            throw new IllegalStateException("not in the element table: " + element.getClass());
        }
        return kind;
    }

    static String label(RouteElement element) {
        return element instanceof UnknownElement unknown
                ? "unknown: " + unknown.type()
                : of(element).labelOf(element);
    }

    /**
     * Plain digits for ordinary numbers; scientific notation when the exponent is extreme, because
     * {@code toPlainString()} of a hostile {@code 1e-999999999} would build a billion characters.
     */
    static String number(BigDecimal n) {
        return Math.abs(n.scale()) <= 32 ? n.toPlainString() : n.toString();
    }

    private static String abbreviated(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }
}
