package dev.dynamicroutes.element;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A rate limit: requests within the limit continue to {@code success}, the others to
 * {@code fallback}. Numbers are exact ({@link BigDecimal}), as sent; {@code limitType} is the wire
 * string ({@code "count"}, {@code "cost"}, or a value added to the API later), so a new value
 * passes through unchanged.
 *
 * <pre>{@code
 * RateElement rate = RateElement.of("per-user", "gpt", "end-limited",
 *     "metadata.user_id", new BigDecimal("1000"), "count", new BigDecimal("3600"));
 * if (rate.limitType().equals("count")) { ... }
 * }</pre>
 */
public final class RateElement extends RouteElement {

    private static final String[] MODELLED = {"key", "limit", "limitType", "window"};

    private final String key;
    private final BigDecimal limit;
    private final String limitTypeValue;
    private final BigDecimal window;
    private final Map<String, JsonNode> otherProperties;

    private RateElement(
            String id,
            Map<String, String> outputs,
            @Nullable JsonNode raw,
            Map<String, JsonNode> other,
            String key,
            BigDecimal limit,
            String limitTypeValue,
            BigDecimal window,
            Map<String, JsonNode> otherProperties) {
        super(id, outputs, raw, other);
        this.key = key;
        this.limit = limit;
        this.limitTypeValue = limitTypeValue;
        this.window = window;
        this.otherProperties = otherProperties;
    }

    /**
     * A rate element; {@code limitType} is the wire value, e.g. {@code "count"} or {@code "cost"}.
     *
     * @param id the element id
     * @param success id of the element taken on success
     * @param fallback id of the element taken otherwise
     * @param key what the limit is keyed by
     * @param limit the limit per window, exact
     * @param limitType the wire value, e.g. {@code "count"}
     * @param window the window length in seconds, exact
     * @return a rate element
     */
    public static RateElement of(
            String id,
            String success,
            String fallback,
            String key,
            BigDecimal limit,
            String limitType,
            BigDecimal window) {
        return new RateElement(
                reference(id, "id"),
                successFallback(success, fallback),
                null,
                Map.of(),
                required(key, "properties.key"),
                required(limit, "properties.limit"),
                required(limitType, "properties.limitType"),
                required(window, "properties.window"),
                Map.of());
    }

    static RateElement decode(ElementParts parts) {
        String id = parts.requireId();
        Map<String, String> outputs = parts.outputs("success", "fallback");
        parts.requireProperties();
        return new RateElement(
                id,
                outputs,
                parts.rawOutputs(),
                parts.additional(),
                parts.text("key"),
                parts.number("limit"),
                parts.text("limitType"),
                parts.number("window"),
                parts.otherProperties(MODELLED));
    }

    static void writeProperties(RateElement e, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeObjectFieldStart("properties");
        g.writeStringField("key", e.key);
        g.writeNumberField("limit", e.limit);
        g.writeStringField("limitType", e.limitTypeValue);
        g.writeNumberField("window", e.window);
        ExactJson.writeFields(g, provider, e.otherProperties);
        g.writeEndObject();
    }

    /** {@return what the limit is keyed by, e.g. a metadata field} */
    public String key() {
        return key;
    }

    /** {@return the limit per window, exact} */
    public BigDecimal limit() {
        return limit;
    }

    /**
     * What is counted, exactly as sent: {@code "count"} (requests) or {@code "cost"}; a string, not an
     * enum, so a value added to the API after this client was built is kept and written back.
     *
     * @return the wire {@code limitType}
     */
    public String limitType() {
        return limitTypeValue;
    }

    /** {@return the window length (seconds on the wire), exact} */
    public BigDecimal window() {
        return window;
    }

    /** {@return fields of the wire {@code properties} object this client does not model, in wire order} A copy. */
    public Map<String, JsonNode> otherProperties() {
        return ExactJson.copyOf(otherProperties);
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitRate(this);
    }

    @Override
    List<Object> state() {
        return List.of(key, limit, limitTypeValue, window, otherProperties);
    }

    @Override
    String describeState() {
        return "key=" + key + ", limit=" + limit + ", limitType=" + limitTypeValue + ", window=" + window;
    }

    /** {@return id of the element taken on success (output {@code success})} */
    public String success() {
        return requiredOutput("success");
    }

    /** {@return id of the element taken otherwise (output {@code fallback})} */
    public String fallback() {
        return requiredOutput("fallback");
    }
}
