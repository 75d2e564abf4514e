package dev.dynamicroutes.element;

import dev.dynamicroutes.generated.model.ModelPropertiesDto;
import java.math.BigDecimal;

/**
 * A call to a model: on success continue to {@code success}, on failure (after {@link #retries()}
 * retries or {@link #timeout()}) to {@code fallback}. Numbers are exact, as sent.
 *
 * <pre>{@code
 * System.out.println(model.provider() + "/" + model.model() + " timeout " + model.timeout() + " ms");
 * }</pre>
 */
public final class ModelElement extends SuccessFallbackElement implements RouteElement {

    static final String TYPE = "model";

    private final String provider;
    private final String model;
    private final BigDecimal retries;
    private final BigDecimal timeout;

    ModelElement(dev.dynamicroutes.generated.model.ModelElementDto wire, WireCheck check) {
        this(wire, check.required(wire.getProperties(), "properties"), check);
    }

    private ModelElement(
            dev.dynamicroutes.generated.model.ModelElementDto wire, ModelPropertiesDto properties, WireCheck check) {
        super(wire, check.required(wire.getId(), "id"), wire.getOutputs(), check);
        this.provider = check.required(properties.getProvider(), "properties.provider");
        this.model = check.required(properties.getModel(), "properties.model");
        this.retries = check.required(properties.getRetries(), "properties.retries");
        this.timeout = check.required(properties.getTimeout(), "properties.timeout");
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The provider, e.g. {@code "openai"}. */
    public String provider() {
        return provider;
    }

    /** The model name, e.g. {@code "gpt-4o-mini"}. */
    public String model() {
        return model;
    }

    /** How many times the call is retried, exact as sent. */
    public BigDecimal retries() {
        return retries;
    }

    /** The call's timeout (milliseconds on the wire), exact as sent. */
    public BigDecimal timeout() {
        return timeout;
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitModel(this);
    }

    @Override
    public String toString() {
        return "ModelElement[id=" + id() + ", provider=" + provider + ", model=" + model + ", retries=" + retries
                + ", timeout=" + timeout + ", success=" + onSuccess() + ", fallback=" + onFallback() + "]";
    }
}
