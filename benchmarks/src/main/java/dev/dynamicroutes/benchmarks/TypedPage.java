package dev.dynamicroutes.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dynamicroutes.element.Route;
import java.math.BigDecimal;
import java.util.List;

/**
 * A response body bound the way the client binds it: the envelope's page fields plus the routes
 * straight into typed {@link Route}s (their own Jackson deserializers, no generated route models).
 */
public final class TypedPage {

    @JsonProperty("success")
    public boolean success;

    @JsonProperty("data")
    public Data data;

    /** The page fields. */
    public static final class Data {
        @JsonProperty("order_by")
        public String orderBy;

        @JsonProperty("order_by_direction")
        public String orderByDirection;

        @JsonProperty("page")
        public BigDecimal page;

        @JsonProperty("per_page")
        public BigDecimal perPage;

        @JsonProperty("routes")
        public List<Route> routes;
    }
}
