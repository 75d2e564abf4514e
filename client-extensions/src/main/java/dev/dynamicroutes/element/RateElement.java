package dev.dynamicroutes.element;

import dev.dynamicroutes.generated.model.RatePropertiesDto;
import java.math.BigDecimal;

/**
 * A rate limit: requests within the limit continue to {@code success}, the others to
 * {@code fallback}. Numbers are exact ({@link BigDecimal}), as sent.
 *
 * <pre>{@code
 * if (rate.limitType() == LimitType.COUNT) {
 *   System.out.println(rate.limit() + " requests per " + rate.window() + " s, keyed by " + rate.key());
 * }
 * }</pre>
 */
public final class RateElement extends SuccessFallbackElement implements RouteElement {

    static final String TYPE = "rate";

    private final String key;
    private final BigDecimal limit;
    private final String limitTypeValue;
    private final BigDecimal window;

    RateElement(dev.dynamicroutes.generated.model.RateElementDto wire, WireCheck check) {
        this(wire, check.required(wire.getProperties(), "properties"), check);
    }

    private RateElement(
            dev.dynamicroutes.generated.model.RateElementDto wire, RatePropertiesDto properties, WireCheck check) {
        super(wire, check.required(wire.getId(), "id"), wire.getOutputs(), check);
        this.key = check.required(properties.getKey(), "properties.key");
        this.limit = check.required(properties.getLimit(), "properties.limit");
        this.limitTypeValue = check.required(rawLimitType(properties), "properties.limitType");
        this.window = check.required(properties.getWindow(), "properties.window");
    }

    // RouteJson decodes RatePropertiesDto as the subclass that keeps the raw string (WireMixIns); a
    // generated object built by other means only has the enum
    private static String rawLimitType(RatePropertiesDto properties) {
        if (properties instanceof RatePropertiesWithRawLimitType) {
            return ((RatePropertiesWithRawLimitType) properties).getRawLimitType();
        }
        return properties.getLimitType() == null
                ? null
                : properties.getLimitType().getValue();
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** What the limit is keyed by, e.g. a metadata field. */
    public String key() {
        return key;
    }

    /** The limit per window, exact. */
    public BigDecimal limit() {
        return limit;
    }

    /** What is counted; {@link LimitType#UNKNOWN} for a value this client does not know. */
    public LimitType limitType() {
        return LimitType.fromWire(limitTypeValue);
    }

    /** The {@code limitType} string exactly as sent, e.g. {@code "count"}. */
    public String limitTypeValue() {
        return limitTypeValue;
    }

    /** The window length (seconds on the wire), exact. */
    public BigDecimal window() {
        return window;
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.visitRate(this);
    }

    @Override
    public String toString() {
        return "RateElement[id=" + id() + ", key=" + key + ", limit=" + limit + ", limitType=" + limitTypeValue
                + ", window=" + window + ", success=" + onSuccess() + ", fallback=" + onFallback() + "]";
    }
}
