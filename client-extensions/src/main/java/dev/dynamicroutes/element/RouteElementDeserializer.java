package dev.dynamicroutes.element;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.dynamicroutes.generated.model.RouteElement;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The discriminator the spec does not declare: picks the generated variant class by the element's
 * {@code type}, wherever it stands in the object (the real API writes it last).
 *
 * <p>Why not Jackson's {@code @JsonTypeInfo}: it turns a non-string {@code type} such as {@code 7}
 * into the type id {@code "7"}, so a malformed element would pass as an unknown type. Here the
 * element is copied once into a buffer (Jackson's own dispatch buffers it too when {@code type} comes
 * last), the top-level {@code type} token is noted as it passes, and the buffer is replayed into the
 * chosen class. Anything that is not a known string type (unknown, missing, null, non-string) goes to
 * {@link UnknownWireElement} with its JSON intact; {@link ElementDecoding} then tells a legitimate
 * unknown type from a broken one.
 *
 * <p>The variants' deserializers are looked up once per mapper ({@link #createContextual}), not per
 * element: the per-element lookup was the largest cost of decoding (benchmarks/results/RESULTS.md).
 */
final class RouteElementDeserializer extends StdDeserializer<RouteElement> implements ContextualDeserializer {

  private static final long serialVersionUID = 1L;

  private static final Map<String, Class<? extends RouteElement>> VARIANTS = Map.of(
      StartElement.TYPE, dev.dynamicroutes.generated.model.StartElement.class,
      ConditionalElement.TYPE, dev.dynamicroutes.generated.model.ConditionalElement.class,
      PercentageElement.TYPE, dev.dynamicroutes.generated.model.PercentageElement.class,
      RateElement.TYPE, dev.dynamicroutes.generated.model.RateElement.class,
      ModelElement.TYPE, dev.dynamicroutes.generated.model.ModelElement.class,
      EndElement.TYPE, dev.dynamicroutes.generated.model.EndElement.class);

  /** Known type to its deserializer; empty until {@link #createContextual} resolved them. */
  private final Map<String, JsonDeserializer<Object>> variants;
  private final JsonDeserializer<Object> unknown;

  RouteElementDeserializer() {
    this(Map.of(), null);
  }

  private RouteElementDeserializer(Map<String, JsonDeserializer<Object>> variants, JsonDeserializer<Object> unknown) {
    super(RouteElement.class);
    this.variants = variants;
    this.unknown = unknown;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    if (unknown != null) {
      return this;
    }
    Map<String, JsonDeserializer<Object>> resolved = new HashMap<>();
    for (Map.Entry<String, Class<? extends RouteElement>> variant : VARIANTS.entrySet()) {
      resolved.put(variant.getKey(), ctxt.findRootValueDeserializer(ctxt.constructType(variant.getValue())));
    }
    return new RouteElementDeserializer(Map.copyOf(resolved),
        ctxt.findRootValueDeserializer(ctxt.constructType(UnknownWireElement.class)));
  }

  @Override
  public RouteElement deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (unknown == null) {
      // used without contextualisation (e.g. ObjectMapper#readValue(json, RouteElement.class))
      return ((RouteElementDeserializer) createContextual(ctxt, null)).deserialize(p, ctxt);
    }
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
        // the last "type" wins, as it would in a map; a non-string one makes the element unknown
        type = value == JsonToken.VALUE_STRING ? p.getText() : null;
      }
      buffer.copyCurrentStructure(p);
    }
    buffer.writeEndObject();
    JsonDeserializer<Object> deserializer = type == null ? unknown : variants.getOrDefault(type, unknown);
    try (JsonParser replay = buffer.asParserOnFirstToken()) {
      return (RouteElement) deserializer.deserialize(replay, ctxt);
    }
  }
}
