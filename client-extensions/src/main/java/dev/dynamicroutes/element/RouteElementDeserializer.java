package dev.dynamicroutes.element;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.dynamicroutes.generated.model.RouteElement;
import java.io.IOException;
import java.util.Map;

/**
 * The discriminator the spec does not declare: picks the generated variant class by the element's
 * {@code type}, wherever it stands in the object (the real API writes it last).
 *
 * <p>Why not Jackson's {@code @JsonTypeInfo}: it turns a non-string {@code type} such as {@code 7}
 * into the type id {@code "7"}, so a malformed element would pass as an unknown type. Here the
 * element is buffered once (Jackson's own dispatch buffers it too when {@code type} comes last), the
 * top-level {@code type} token is inspected as it is, and the buffer is replayed into the chosen
 * class. Anything that is not a known string type (unknown, missing, null, non-string) goes to
 * {@link UnknownWireElement} with its JSON intact; {@link ElementDecoding} then tells a legitimate
 * unknown type from a broken one.
 */
final class RouteElementDeserializer extends StdDeserializer<RouteElement> {

  private static final long serialVersionUID = 1L;

  private static final Map<String, Class<? extends RouteElement>> VARIANTS = Map.of(
      StartElement.TYPE, dev.dynamicroutes.generated.model.StartElement.class,
      ConditionalElement.TYPE, dev.dynamicroutes.generated.model.ConditionalElement.class,
      PercentageElement.TYPE, dev.dynamicroutes.generated.model.PercentageElement.class,
      RateElement.TYPE, dev.dynamicroutes.generated.model.RateElement.class,
      ModelElement.TYPE, dev.dynamicroutes.generated.model.ModelElement.class,
      EndElement.TYPE, dev.dynamicroutes.generated.model.EndElement.class);

  RouteElementDeserializer() {
    super(RouteElement.class);
  }

  @Override
  public RouteElement deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      return (RouteElement) ctxt.handleUnexpectedToken(RouteElement.class, p);
    }
    TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
    buffer.copyCurrentStructure(p);
    String type = stringType(buffer, p);
    Class<? extends RouteElement> variant = type == null ? UnknownWireElement.class
        : VARIANTS.getOrDefault(type, UnknownWireElement.class);
    try (JsonParser replay = buffer.asParserOnFirstToken()) {
      return ctxt.readValue(replay, variant);
    }
  }

  /** The top-level {@code type} if it is a JSON string, else null. */
  private static String stringType(TokenBuffer buffer, JsonParser source) throws IOException {
    String type = null;
    try (JsonParser scan = buffer.asParser(source)) {
      scan.nextToken(); // START_OBJECT
      while (scan.nextToken() == JsonToken.FIELD_NAME) {
        boolean isType = "type".equals(scan.currentName());
        JsonToken value = scan.nextToken();
        if (isType) {
          type = value == JsonToken.VALUE_STRING ? scan.getText() : null;
        }
        scan.skipChildren();
      }
    }
    return type;
  }
}
