package dev.dynamicroutes.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.dynamicroutes.element.RouteJson;
import dev.dynamicroutes.generated.model.ConditionalElement;
import dev.dynamicroutes.generated.model.EndElement;
import dev.dynamicroutes.generated.model.ModelElement;
import dev.dynamicroutes.generated.model.PercentageElement;
import dev.dynamicroutes.generated.model.RateElement;
import dev.dynamicroutes.generated.model.RouteElement;
import dev.dynamicroutes.generated.model.StartElement;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * MEASUREMENT PROTOTYPE, not product code: the change proposed for the element module's
 * {@code RouteElementDeserializer} (package-private in {@code client-extensions}, which this module
 * must not edit), so that its effect can be measured before it is made there.
 *
 * <p>Same dispatch rule as the original (the top-level {@code type}, wherever it stands, must be a
 * JSON string naming a known variant; the last {@code type} wins), two differences:
 * <ol>
 *   <li>the variant deserializers are looked up once per mapper ({@link #createContextual}) instead of
 *       calling {@code ctxt.readValue(replay, variantClass)} per element, which resolves the root
 *       deserializer and its type deserializer again for every element;
 *   <li>{@code type} is noted while the element is copied into the buffer, instead of a second parser
 *       walking the buffer.
 * </ol>
 * Unknown or malformed types are not handled here (the original hands them to its package-private
 * unknown-element holder): this prototype throws for them, so it measures only the known-type path the
 * benchmark pages use.
 */
final class ProposedElementDispatch extends StdDeserializer<RouteElement> implements ContextualDeserializer {

  private static final long serialVersionUID = 1L;

  private static final Map<String, Class<? extends RouteElement>> VARIANTS = Map.of(
      "start", StartElement.class,
      "conditional", ConditionalElement.class,
      "percentage", PercentageElement.class,
      "rate", RateElement.class,
      "model", ModelElement.class,
      "end", EndElement.class);

  private final Map<String, JsonDeserializer<Object>> deserializers;

  ProposedElementDispatch() {
    this(Map.of());
  }

  private ProposedElementDispatch(Map<String, JsonDeserializer<Object>> deserializers) {
    super(RouteElement.class);
    this.deserializers = deserializers;
  }

  /** Our mapper ({@link RouteJson#newObjectMapper()}) with this dispatch registered over the module's. */
  static ObjectMapper newMapper() {
    ObjectMapper mapper = RouteJson.newObjectMapper();
    // registered later, so Jackson consults it before RouteJson's deserializer for the same type
    mapper.registerModule(new SimpleModule("proposed-element-dispatch")
        .addDeserializer(RouteElement.class, new ProposedElementDispatch()));
    return mapper;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    if (!deserializers.isEmpty()) {
      return this;
    }
    Map<String, JsonDeserializer<Object>> resolved = new HashMap<>();
    for (Map.Entry<String, Class<? extends RouteElement>> variant : VARIANTS.entrySet()) {
      resolved.put(variant.getKey(), ctxt.findRootValueDeserializer(ctxt.constructType(variant.getValue())));
    }
    return new ProposedElementDispatch(Map.copyOf(resolved));
  }

  @Override
  public RouteElement deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      return (RouteElement) ctxt.handleUnexpectedToken(RouteElement.class, p);
    }
    TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
    buffer.writeStartObject();
    String type = null;
    for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      buffer.writeFieldName(name);
      JsonToken value = p.nextToken();
      if ("type".equals(name)) {
        type = value == JsonToken.VALUE_STRING ? p.getText() : null;
      }
      buffer.copyCurrentStructure(p);
    }
    buffer.writeEndObject();
    JsonDeserializer<Object> deserializer = type == null ? null : deserializers.get(type);
    if (deserializer == null) {
      throw new UnsupportedOperationException("measurement prototype: only the six known element types, got " + type);
    }
    try (JsonParser replay = buffer.asParserOnFirstToken()) {
      return (RouteElement) deserializer.deserialize(replay, ctxt);
    }
  }
}
