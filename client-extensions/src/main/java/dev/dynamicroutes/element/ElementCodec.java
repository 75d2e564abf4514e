package dev.dynamicroutes.element;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Element objects to typed elements and back, in one pass over the tokens, driven by
 * {@link ElementKinds}. The {@code type} may stand anywhere in the object (the real API writes it
 * last), so the common fields are read into {@link ElementParts} first and the kind's decoder runs
 * at the end of the object.
 *
 * <p>Why our own deserializer rather than Jackson's {@code @JsonTypeInfo}: that turns a non-string
 * {@code type} such as {@code 7} into the type id {@code "7"}, so a malformed element would pass as
 * an unknown type; and it buffers the whole element when the type comes last.
 */
final class ElementCodec {

    // exact decimals without a mapper (JsonNodeFeature, the replacement, is a mapper setting); kept in 2.x
    @SuppressWarnings("deprecation")
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ElementCodec() {}

    /** Reads the element whose first token is current; the parser ends on its last token. */
    static RouteElement read(JsonParser p, Location route, int index) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.START_OBJECT) {
            Location at = route.slot(index);
            if (token == JsonToken.VALUE_NULL) {
                throw at.problem("element is null", "elements", index);
            }
            throw at.problem("must be an object, was " + ExactJson.describe(token), "elements", index);
        }
        ElementParts parts = new ElementParts(route, index);
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            // a repeated field: the last one wins, as in a JSON object read as a map
            switch (name) {
                case "id" -> {
                    parts.idAt = parts.position(parts.idAt);
                    parts.id = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    parts.idOther = parts.id == null ? ExactJson.readTree(p, parts) : null;
                }
                case "type" -> {
                    parts.typeAt = parts.position(parts.typeAt);
                    parts.type = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    parts.typeOther = parts.type == null ? ExactJson.readTree(p, parts) : null;
                }
                case "outputs" -> {
                    parts.outputsAt = parts.position(parts.outputsAt);
                    readOutputs(p, parts);
                }
                case "properties" -> {
                    parts.propertiesAt = parts.position(parts.propertiesAt);
                    readProperties(p, parts);
                }
                default -> {
                    if (parts.others == null) {
                        parts.others = new LinkedHashMap<>(4);
                    }
                    if (!parts.others.containsKey(name)) {
                        parts.fieldCount++;
                    }
                    parts.others.put(name, ExactJson.readTree(p, parts));
                }
            }
        }
        if (parts.type == null) {
            if (parts.typeOther == null || parts.typeOther.isNull()) {
                throw parts.at().problem("missing required field", "type");
            }
            throw parts.at().problem("must be a string, was " + ExactJson.describe(parts.typeOther), "type");
        }
        ElementKinds.Kind<?> kind = ElementKinds.byWireName(parts.type);
        if (kind == null) {
            return new UnknownElement(parts.json(), parts.type);
        }
        return kind.decoder().decode(parts);
    }

    /** Properties flat (see {@link ElementParts#propertyNames}); anything but an object is kept as sent. */
    private static void readProperties(JsonParser p, ElementParts parts) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            parts.propertyCount = -1;
            parts.propertiesOther = ExactJson.readTree(p, parts);
            return;
        }
        parts.startProperties();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            parts.property(
                    name,
                    switch (value) {
                        case VALUE_STRING -> p.getText();
                        case VALUE_NUMBER_INT -> p.getNumberValue(); // Integer, Long or BigInteger: exact
                        case VALUE_NUMBER_FLOAT -> ExactJson.decimalValue(p, parts);
                        default -> ExactJson.readTree(p, parts);
                    });
        }
    }

    /**
     * Outputs straight into a name-to-target map when every value is exactly a reference (the
     * common case); anything else is kept as the tree it is, for the kind to check and to write back.
     */
    private static void readOutputs(JsonParser p, ElementParts parts) throws IOException {
        parts.outputs = null;
        parts.outputsTree = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            parts.outputsTree = ExactJson.readTree(p, parts);
            return;
        }
        Map<String, String> refs = new LinkedHashMap<>(4);
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value != JsonToken.START_OBJECT) {
                parts.outputsTree = irregular(p, parts, refs, name, ExactJson.readTree(p, parts), false);
                return;
            }
            ObjectNode partial = NODES.objectNode();
            JsonToken field = p.nextToken();
            if (field == JsonToken.END_OBJECT) {
                parts.outputsTree = irregular(p, parts, refs, name, partial, false);
                return;
            }
            if (!"elementId".equals(p.currentName())) {
                parts.outputsTree = irregular(p, parts, refs, name, partial, true);
                return;
            }
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                partial.set("elementId", ExactJson.readTree(p, parts));
                p.nextToken();
                parts.outputsTree = irregular(p, parts, refs, name, partial, true);
                return;
            }
            String target = p.getText();
            if (p.nextToken() != JsonToken.END_OBJECT) {
                partial.put("elementId", target);
                parts.outputsTree = irregular(p, parts, refs, name, partial, true);
                return;
            }
            refs.put(name, target);
        }
        parts.outputs = refs;
    }

    /**
     * Finishes reading irregular outputs as a tree: the regular ones read so far, then output
     * {@code name} (complete, or still open with the parser on its next field), then the rest.
     */
    private static ObjectNode irregular(
            JsonParser p, ElementParts parts, Map<String, String> regular, String name, JsonNode value, boolean open)
            throws IOException {
        ObjectNode tree = outputsTree(regular);
        if (open) {
            ObjectNode ref = (ObjectNode) value;
            for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                p.nextToken();
                ref.set(field, ExactJson.readTree(p, parts));
            }
        }
        tree.set(name, value);
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            p.nextToken();
            tree.set(field, ExactJson.readTree(p, parts));
        }
        return tree;
    }

    /** Regular outputs as their JSON: {@code {"name": {"elementId": "target"}, ...}}. */
    static ObjectNode outputsTree(Map<String, String> outputs) {
        ObjectNode tree = NODES.objectNode();
        outputs.forEach((name, target) -> tree.putObject(name).put("elementId", target));
        return tree;
    }

    /** Writes an element as the API does: id, outputs, properties (if any), type, then unmodelled fields. */
    static void write(RouteElement element, JsonGenerator g, SerializerProvider provider) throws IOException {
        if (element instanceof UnknownElement unknown) {
            ExactJson.write(g, provider, unknown.tree());
            return;
        }
        RouteElement known = element;
        ElementKinds.Kind<?> kind = ElementKinds.of(element);
        g.writeStartObject();
        g.writeStringField("id", known.id());
        g.writeFieldName("outputs");
        JsonNode raw = known.rawOutputs();
        if (raw != null) {
            ExactJson.write(g, provider, raw);
        } else {
            g.writeStartObject();
            for (Map.Entry<String, String> output : known.outputs().entrySet()) {
                g.writeObjectFieldStart(output.getKey());
                g.writeStringField("elementId", output.getValue());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        kind.writeProperties(element, g, provider);
        g.writeStringField("type", kind.wireName());
        ExactJson.writeFields(g, provider, known.additional());
        g.writeEndObject();
    }

    /** Jackson entry point for {@link RouteElement} and each element class (see the annotation there). */
    static final class Deserializer extends JsonDeserializer<RouteElement> implements ContextualDeserializer {

        private final Class<?> expected;

        Deserializer() {
            this(RouteElement.class);
        }

        private Deserializer(Class<?> expected) {
            this.expected = expected;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
            Class<?> target = ctxt.getContextualType() == null
                    ? RouteElement.class
                    : ctxt.getContextualType().getRawClass();
            return target == expected ? this : new Deserializer(target);
        }

        @Override
        public RouteElement deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Location at = Location.elementAt(p);
            if (p.currentToken() != JsonToken.START_OBJECT) {
                // the value itself is wrong: not the elements[i] slot of a route, as read() would report it
                throw at.problem("must be an object, was " + ExactJson.describe(p.currentToken()));
            }
            RouteElement element = read(p, at, at.elementIndex());
            if (!expected.isInstance(element)) {
                throw at.element(-1, element.id().isEmpty() ? null : element.id())
                        .problem(
                                "expected " + expected.getSimpleName() + ", was type '" + element.type() + "'", "type");
            }
            return element;
        }

        @Override
        public @Nullable RouteElement getNullValue(DeserializationContext ctxt) {
            return null;
        }
    }

    static final class Serializer extends JsonSerializer<RouteElement> {
        @Override
        public void serialize(RouteElement value, JsonGenerator g, SerializerProvider provider) throws IOException {
            write(value, g, provider);
        }
    }
}
