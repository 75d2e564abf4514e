package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** Small Jackson mix-ins on generated models; each says why it exists. */
final class WireMixIns {

    private WireMixIns() {}

    /** Keep the raw {@code limitType} string (see {@link RatePropertiesWithRawLimitType}). */
    @JsonDeserialize(as = RatePropertiesWithRawLimitType.class)
    abstract static class RateProperties {}

    /**
     * {@code conditions} is free-form JSON, generated as {@code Object}; decode it as a Jackson tree
     * (numbers as BigDecimal, see {@link RouteJson}) instead of maps of doubles.
     */
    abstract static class ConditionalProperties {
        @JsonDeserialize(as = JsonNode.class)
        abstract void setConditions(Object conditions);
    }
}
