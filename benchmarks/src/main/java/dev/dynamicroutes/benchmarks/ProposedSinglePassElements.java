package dev.dynamicroutes.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.dynamicroutes.element.RouteJson;
import dev.dynamicroutes.generated.model.ConditionalElementDto;
import dev.dynamicroutes.generated.model.ConditionalOutputsDto;
import dev.dynamicroutes.generated.model.ConditionalPropertiesDto;
import dev.dynamicroutes.generated.model.ElementRefDto;
import dev.dynamicroutes.generated.model.EndElementDto;
import dev.dynamicroutes.generated.model.ModelElementDto;
import dev.dynamicroutes.generated.model.ModelPropertiesDto;
import dev.dynamicroutes.generated.model.PercentageElementDto;
import dev.dynamicroutes.generated.model.RateElementDto;
import dev.dynamicroutes.generated.model.RatePropertiesDto;
import dev.dynamicroutes.generated.model.RouteElementDto;
import dev.dynamicroutes.generated.model.StartElementDto;
import dev.dynamicroutes.generated.model.StartOutputsDto;
import dev.dynamicroutes.generated.model.SuccessFallbackOutputsDto;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * MEASUREMENT PROTOTYPE, not product code: the second, larger change proposed for the element module,
 * decoding an element in ONE pass although its {@code type} comes last, so that its effect can be
 * measured before it is made in {@code client-extensions}.
 *
 * <p>Instead of buffering the whole element and replaying it into the variant class chosen by
 * {@code type}, the fields are read as they come: {@code id} as a string, {@code outputs} straight
 * into a map of element refs (every variant's outputs are refs by name), and only the small
 * {@code properties} object is buffered, to be replayed into the variant's properties class once
 * {@code type} is known. The generated variant object is then filled in with its setters, so
 * {@code Route.fromWire} and everything after it is unchanged.
 *
 * <p>This prototype throws for unknown or malformed types and does
 * not keep unrecognised fields; the real change would keep the element's other fields and, for an
 * unknown type, rebuild its JSON from what was read (or fall back to buffering when the first field
 * already shows an unexpected shape).
 */
final class ProposedSinglePassElements extends StdDeserializer<RouteElementDto> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final JsonDeserializer<Object> outputs;
    private final JsonDeserializer<Object> conditional;
    private final JsonDeserializer<Object> rate;
    private final JsonDeserializer<Object> model;

    ProposedSinglePassElements() {
        this(null, null, null, null);
    }

    private ProposedSinglePassElements(
            JsonDeserializer<Object> outputs,
            JsonDeserializer<Object> conditional,
            JsonDeserializer<Object> rate,
            JsonDeserializer<Object> model) {
        super(RouteElementDto.class);
        this.outputs = outputs;
        this.conditional = conditional;
        this.rate = rate;
        this.model = model;
    }

    /** Our mapper ({@link RouteJson#newObjectMapper()}) with this element decoding registered over the module's. */
    static ObjectMapper newMapper() {
        ObjectMapper mapper = RouteJson.newObjectMapper();
        mapper.registerModule(new SimpleModule("proposed-single-pass-elements")
                .addDeserializer(RouteElementDto.class, new ProposedSinglePassElements()));
        return mapper;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        if (outputs != null) {
            return this;
        }
        JavaType refs = ctxt.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, ElementRefDto.class);
        return new ProposedSinglePassElements(
                ctxt.findRootValueDeserializer(refs),
                ctxt.findRootValueDeserializer(ctxt.constructType(ConditionalPropertiesDto.class)),
                ctxt.findRootValueDeserializer(ctxt.constructType(RatePropertiesDto.class)),
                ctxt.findRootValueDeserializer(ctxt.constructType(ModelPropertiesDto.class)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public RouteElementDto deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            return (RouteElementDto) ctxt.handleUnexpectedToken(RouteElementDto.class, p);
        }
        String id = null;
        String type = null;
        Map<String, ElementRefDto> refs = null;
        TokenBuffer properties = null;
        for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> id = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "type" -> type = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "outputs" ->
                    refs = value == JsonToken.VALUE_NULL
                            ? null
                            : (Map<String, ElementRefDto>) outputs.deserialize(p, ctxt);
                case "properties" -> properties = ctxt.bufferAsCopyOfValue(p);
                default -> p.skipChildren();
            }
        }
        if (type == null) {
            throw new UnsupportedOperationException(
                    "measurement prototype: only the six known element types, got none");
        }
        switch (type) {
            case "start" -> {
                StartElementDto e = new StartElementDto();
                e.setId(id);
                if (refs != null) {
                    StartOutputsDto o = new StartOutputsDto();
                    o.setNext(refs.get("next"));
                    e.setOutputs(o);
                }
                e.setType(StartElementDto.TypeEnum.START);
                return e;
            }
            case "conditional" -> {
                ConditionalElementDto e = new ConditionalElementDto();
                e.setId(id);
                if (refs != null) {
                    ConditionalOutputsDto o = new ConditionalOutputsDto();
                    o.setOnTrue(refs.get("true"));
                    o.setOnFalse(refs.get("false"));
                    e.setOutputs(o);
                }
                e.setProperties((ConditionalPropertiesDto) replay(properties, conditional, ctxt));
                e.setType(ConditionalElementDto.TypeEnum.CONDITIONAL);
                return e;
            }
            case "percentage" -> {
                PercentageElementDto e = new PercentageElementDto();
                e.setId(id);
                e.setOutputs(refs);
                e.setType(PercentageElementDto.TypeEnum.PERCENTAGE);
                return e;
            }
            case "rate" -> {
                RateElementDto e = new RateElementDto();
                e.setId(id);
                e.setOutputs(successFallback(refs));
                e.setProperties((RatePropertiesDto) replay(properties, rate, ctxt));
                e.setType(RateElementDto.TypeEnum.RATE);
                return e;
            }
            case "model" -> {
                ModelElementDto e = new ModelElementDto();
                e.setId(id);
                e.setOutputs(successFallback(refs));
                e.setProperties((ModelPropertiesDto) replay(properties, model, ctxt));
                e.setType(ModelElementDto.TypeEnum.MODEL);
                return e;
            }
            case "end" -> {
                EndElementDto e = new EndElementDto();
                e.setId(id);
                e.setOutputs(refs);
                e.setType(EndElementDto.TypeEnum.END);
                return e;
            }
            default ->
                throw new UnsupportedOperationException(
                        "measurement prototype: only the six known element types, got " + type);
        }
    }

    private static SuccessFallbackOutputsDto successFallback(Map<String, ElementRefDto> refs) {
        if (refs == null) {
            return null;
        }
        SuccessFallbackOutputsDto o = new SuccessFallbackOutputsDto();
        o.setSuccess(refs.get("success"));
        o.setFallback(refs.get("fallback"));
        return o;
    }

    private static Object replay(TokenBuffer buffer, JsonDeserializer<Object> deserializer, DeserializationContext ctxt)
            throws IOException {
        if (buffer == null) {
            return null;
        }
        try (JsonParser replay = buffer.asParserOnFirstToken()) {
            return replay.currentToken() == JsonToken.VALUE_NULL ? null : deserializer.deserialize(replay, ctxt);
        }
    }
}
