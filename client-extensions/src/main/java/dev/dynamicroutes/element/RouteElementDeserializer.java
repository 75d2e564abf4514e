package dev.dynamicroutes.element;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.dynamicroutes.generated.model.ConditionalOutputsDto;
import dev.dynamicroutes.generated.model.ConditionalPropertiesDto;
import dev.dynamicroutes.generated.model.ElementRefDto;
import dev.dynamicroutes.generated.model.ModelPropertiesDto;
import dev.dynamicroutes.generated.model.RatePropertiesDto;
import dev.dynamicroutes.generated.model.RouteElementDto;
import dev.dynamicroutes.generated.model.StartOutputsDto;
import dev.dynamicroutes.generated.model.SuccessFallbackOutputsDto;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discriminator the spec does not declare: builds the generated variant named by the element's
 * {@code type}, wherever it stands in the object (the real API writes it last).
 *
 * <p>One pass, no replay of the whole element: {@code id} and {@code type} are read as they come,
 * {@code outputs} as a small JSON tree (every variant's outputs are element references by name), and
 * only {@code properties} (and any field this client does not know) is buffered, to be bound into the
 * variant's properties class once {@code type} is known. Buffering and replaying whole elements was
 * the largest remaining decode cost (benchmarks/results/RESULTS.md).
 *
 * <p>Why not Jackson's {@code @JsonTypeInfo}: it turns a non-string {@code type} such as {@code 7}
 * into the type id {@code "7"}, so a malformed element would pass as an unknown type. Anything that
 * is not a known string type (unknown, missing, null, non-string) becomes an {@link UnknownWireElement}
 * whose JSON is rebuilt from the pieces read, in the original field order and unchanged;
 * {@link ElementDecoding} then tells a legitimate unknown type from a broken one.
 */
final class RouteElementDeserializer extends StdDeserializer<RouteElementDto> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final JsonDeserializer<Object> conditional;
    private final JsonDeserializer<Object> rate;
    private final JsonDeserializer<Object> model;

    RouteElementDeserializer() {
        this(null, null, null);
    }

    private RouteElementDeserializer(
            JsonDeserializer<Object> conditional, JsonDeserializer<Object> rate, JsonDeserializer<Object> model) {
        super(RouteElementDto.class);
        this.conditional = conditional;
        this.rate = rate;
        this.model = model;
    }

    /** The properties deserializers, looked up once per mapper rather than per element. */
    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        if (conditional != null) {
            return this;
        }
        return new RouteElementDeserializer(
                ctxt.findRootValueDeserializer(ctxt.constructType(ConditionalPropertiesDto.class)),
                ctxt.findRootValueDeserializer(ctxt.constructType(RatePropertiesDto.class)),
                ctxt.findRootValueDeserializer(ctxt.constructType(ModelPropertiesDto.class)));
    }

    /** What one pass over an element collected. */
    private static final class Read {
        final List<String> order = new ArrayList<>(4);
        JsonNode id;
        JsonNode type;
        JsonNode outputs;
        TokenBuffer properties;
        Map<String, TokenBuffer> others;
    }

    @Override
    public RouteElementDto deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (conditional == null) {
            // used without contextualisation (e.g. ObjectMapper#readValue(json, RouteElementDto.class))
            return ((RouteElementDeserializer) createContextual(ctxt, null)).deserialize(p, ctxt);
        }
        if (!p.isExpectedStartObjectToken()) {
            return (RouteElementDto) ctxt.handleUnexpectedToken(RouteElementDto.class, p);
        }
        Read read = new Read();
        for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (!read.order.contains(name)) {
                read.order.add(name);
            }
            // a repeated field: the last one wins, as it would in a map
            switch (name) {
                case "id" -> read.id = scalarOrTree(p, value, ctxt);
                case "type" -> read.type = scalarOrTree(p, value, ctxt);
                case "outputs" -> read.outputs = ctxt.readTree(p);
                case "properties" -> read.properties = ctxt.bufferAsCopyOfValue(p);
                default -> {
                    if (read.others == null) {
                        read.others = new LinkedHashMap<>();
                    }
                    read.others.put(name, ctxt.bufferAsCopyOfValue(p));
                }
            }
        }
        String type = read.type != null && read.type.isTextual() ? read.type.textValue() : null;
        if (type == null) {
            return unknown(read, ctxt);
        }
        switch (type) {
            case StartElement.TYPE -> {
                var e = new dev.dynamicroutes.generated.model.StartElementDto();
                e.setId(text(read.id, "id", ctxt));
                JsonNode outputs = object(read.outputs, "outputs", ctxt);
                if (outputs != null) {
                    e.setOutputs(new StartOutputsDto().next(ref(outputs.get("next"), "outputs.next", ctxt)));
                }
                e.setType(dev.dynamicroutes.generated.model.StartElementDto.TypeEnum.START);
                return e;
            }
            case ConditionalElement.TYPE -> {
                var e = new dev.dynamicroutes.generated.model.ConditionalElementDto();
                e.setId(text(read.id, "id", ctxt));
                JsonNode outputs = object(read.outputs, "outputs", ctxt);
                if (outputs != null) {
                    e.setOutputs(new ConditionalOutputsDto()
                            .onTrue(ref(outputs.get("true"), "outputs.true", ctxt))
                            .onFalse(ref(outputs.get("false"), "outputs.false", ctxt)));
                }
                e.setProperties((ConditionalPropertiesDto) bind(read.properties, conditional, ctxt));
                e.setType(dev.dynamicroutes.generated.model.ConditionalElementDto.TypeEnum.CONDITIONAL);
                return e;
            }
            case PercentageElement.TYPE -> {
                var e = new dev.dynamicroutes.generated.model.PercentageElementDto();
                e.setId(text(read.id, "id", ctxt));
                e.setOutputs(refs(read.outputs, ctxt));
                e.setType(dev.dynamicroutes.generated.model.PercentageElementDto.TypeEnum.PERCENTAGE);
                return e;
            }
            case RateElement.TYPE -> {
                var e = new dev.dynamicroutes.generated.model.RateElementDto();
                e.setId(text(read.id, "id", ctxt));
                e.setOutputs(successFallback(read.outputs, ctxt));
                e.setProperties((RatePropertiesDto) bind(read.properties, rate, ctxt));
                e.setType(dev.dynamicroutes.generated.model.RateElementDto.TypeEnum.RATE);
                return e;
            }
            case ModelElement.TYPE -> {
                var e = new dev.dynamicroutes.generated.model.ModelElementDto();
                e.setId(text(read.id, "id", ctxt));
                e.setOutputs(successFallback(read.outputs, ctxt));
                e.setProperties((ModelPropertiesDto) bind(read.properties, model, ctxt));
                e.setType(dev.dynamicroutes.generated.model.ModelElementDto.TypeEnum.MODEL);
                return e;
            }
            case EndElement.TYPE -> {
                var e = new dev.dynamicroutes.generated.model.EndElementDto();
                e.setId(text(read.id, "id", ctxt));
                e.setOutputs(refs(read.outputs, ctxt));
                e.setType(dev.dynamicroutes.generated.model.EndElementDto.TypeEnum.END);
                return e;
            }
            default -> {
                return unknown(read, ctxt);
            }
        }
    }

    /** A string is kept as text (the common case, no tree); anything else as its JSON tree. */
    private static JsonNode scalarOrTree(JsonParser p, JsonToken value, DeserializationContext ctxt)
            throws IOException {
        return value == JsonToken.VALUE_STRING ? JsonNodeFactory.instance.textNode(p.getText()) : ctxt.readTree(p);
    }

    /** The element's JSON, rebuilt in the original field order from what was read. */
    private static UnknownWireElement unknown(Read read, DeserializationContext ctxt) throws IOException {
        UnknownWireElement unknown = new UnknownWireElement();
        for (String name : read.order) {
            JsonNode value = switch (name) {
                case "id" -> read.id;
                case "type" -> read.type;
                case "outputs" -> read.outputs;
                case "properties" -> tree(read.properties, ctxt);
                default -> tree(read.others.get(name), ctxt);
            };
            unknown.set(name, value);
        }
        return unknown;
    }

    private static JsonNode tree(TokenBuffer buffer, DeserializationContext ctxt) throws IOException {
        try (JsonParser replay = buffer.asParserOnFirstToken()) {
            return ctxt.readTree(replay);
        }
    }

    private static Object bind(TokenBuffer buffer, JsonDeserializer<Object> deserializer, DeserializationContext ctxt)
            throws IOException {
        if (buffer == null) {
            return null;
        }
        try (JsonParser replay = buffer.asParserOnFirstToken()) {
            return replay.currentToken() == JsonToken.VALUE_NULL ? null : deserializer.deserialize(replay, ctxt);
        }
    }

    // --- typed values from the small trees, with the coercions Jackson's binding applied before ---

    private static String text(JsonNode node, String field, DeserializationContext ctxt) throws IOException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText(); // a number or boolean becomes its text, as Jackson's String binding does
        }
        ctxt.reportInputMismatch(String.class, "field '%s' must be a string, was %s", field, node.getNodeType());
        return null; // not reached: reportInputMismatch throws
    }

    private static JsonNode object(JsonNode node, String field, DeserializationContext ctxt) throws IOException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            ctxt.reportInputMismatch(Object.class, "field '%s' must be an object, was %s", field, node.getNodeType());
        }
        return node;
    }

    private static ElementRefDto ref(JsonNode node, String field, DeserializationContext ctxt) throws IOException {
        JsonNode ref = object(node, field, ctxt);
        return ref == null
                ? null
                : new ElementRefDto().elementId(text(ref.get("elementId"), field + ".elementId", ctxt));
    }

    private static Map<String, ElementRefDto> refs(JsonNode node, DeserializationContext ctxt) throws IOException {
        JsonNode outputs = object(node, "outputs", ctxt);
        if (outputs == null) {
            return null;
        }
        Map<String, ElementRefDto> refs = new LinkedHashMap<>(Math.max(4, outputs.size() * 2));
        for (Map.Entry<String, JsonNode> output : outputs.properties()) {
            refs.put(output.getKey(), ref(output.getValue(), "outputs." + output.getKey(), ctxt));
        }
        return refs;
    }

    private static SuccessFallbackOutputsDto successFallback(JsonNode node, DeserializationContext ctxt)
            throws IOException {
        JsonNode outputs = object(node, "outputs", ctxt);
        return outputs == null
                ? null
                : new SuccessFallbackOutputsDto()
                        .success(ref(outputs.get("success"), "outputs.success", ctxt))
                        .fallback(ref(outputs.get("fallback"), "outputs.fallback", ctxt));
    }
}
