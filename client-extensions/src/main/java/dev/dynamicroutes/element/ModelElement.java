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
 * A call to a model: on success continue to {@code success}, on failure (after {@link #retries()}
 * retries or {@link #timeout()}) to {@code fallback}. Numbers are exact, as sent.
 *
 * <pre>{@code
 * ModelElement gpt = ModelElement.of("gpt", "end", "claude", "openai", "gpt-4o-mini",
 *     BigDecimal.valueOf(2), BigDecimal.valueOf(30000));
 * System.out.println(gpt.provider() + "/" + gpt.model() + " timeout " + gpt.timeout() + " ms");
 * }</pre>
 */
public final class ModelElement extends RouteElement {

    private static final String[] MODELLED = {"provider", "model", "retries", "timeout"};

    private final String provider;
    private final String model;
    private final BigDecimal retries;
    private final BigDecimal timeout;
    private final Map<String, JsonNode> otherProperties;

    private ModelElement(
            String id,
            Map<String, String> outputs,
            @Nullable JsonNode raw,
            Map<String, JsonNode> other,
            String provider,
            String model,
            BigDecimal retries,
            BigDecimal timeout,
            Map<String, JsonNode> otherProperties) {
        super(id, outputs, raw, other);
        this.provider = provider;
        this.model = model;
        this.retries = retries;
        this.timeout = timeout;
        this.otherProperties = otherProperties;
    }

    /**
     * A model element.
     *
     * @param id the element id
     * @param success id of the element taken on success
     * @param fallback id of the element taken otherwise
     * @param provider the provider, e.g. {@code "openai"}
     * @param model the model name
     * @param retries how many times the call is retried, exact
     * @param timeout the timeout in milliseconds, exact
     * @return a model element
     */
    public static ModelElement of(
            String id,
            String success,
            String fallback,
            String provider,
            String model,
            BigDecimal retries,
            BigDecimal timeout) {
        return new ModelElement(
                reference(id, "id"),
                successFallback(success, fallback),
                null,
                Map.of(),
                required(provider, "properties.provider"),
                required(model, "properties.model"),
                required(retries, "properties.retries"),
                required(timeout, "properties.timeout"),
                Map.of());
    }

    static ModelElement decode(ElementParts parts) {
        String id = parts.requireId();
        Map<String, String> outputs = parts.outputs("success", "fallback");
        parts.requireProperties();
        return new ModelElement(
                id,
                outputs,
                parts.rawOutputs(),
                parts.additional(),
                parts.text("provider"),
                parts.text("model"),
                parts.number("retries"),
                parts.number("timeout"),
                parts.otherProperties(MODELLED));
    }

    static void writeProperties(ModelElement e, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeObjectFieldStart("properties");
        g.writeStringField("provider", e.provider);
        g.writeStringField("model", e.model);
        g.writeNumberField("retries", e.retries);
        g.writeNumberField("timeout", e.timeout);
        ExactJson.writeFields(g, provider, e.otherProperties);
        g.writeEndObject();
    }

    /** {@return the provider, e.g. {@code "openai"}} */
    public String provider() {
        return provider;
    }

    /** {@return the model name, e.g. {@code "gpt-4o-mini"}} */
    public String model() {
        return model;
    }

    /** {@return how many times the call is retried, exact as sent} */
    public BigDecimal retries() {
        return retries;
    }

    /** {@return the call's timeout (milliseconds on the wire), exact as sent} */
    public BigDecimal timeout() {
        return timeout;
    }

    /** {@return fields of the wire {@code properties} object this client does not model, in wire order} A copy. */
    public Map<String, JsonNode> otherProperties() {
        return ExactJson.copyOf(otherProperties);
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitModel(this);
    }

    @Override
    List<Object> state() {
        return List.of(provider, model, retries, timeout, otherProperties);
    }

    @Override
    String describeState() {
        return "provider=" + provider + ", model=" + model + ", retries=" + retries + ", timeout=" + timeout;
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
