package dev.dynamicroutes.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dynamicroutes.element.RouteJson;
import dev.dynamicroutes.generated.model.ElementRefDto;
import dev.dynamicroutes.generated.model.RouteElementDto;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The baseline decoder: the plain generated models bound monomorphically, i.e. what the fastest
 * decoder a user could write without our element module looks like.
 *
 * <p>The generated {@code RouteElementDto} interface cannot be bound by a plain mapper (its
 * {@code @JsonTypeInfo(property="")} is broken, and the spec declares no discriminator). So the
 * baseline binds every element, whatever its {@code type}, to ONE concrete class,
 * {@link MonomorphicElement}, which has the fields of all six variants: no buffering, no dispatch on
 * {@code type}, no validation, no typed wrappers. Everything else (response, page, route, deployment,
 * version) is the same generated model class our decoder uses.
 *
 * <p>Fairness: the mapper is configured by {@link RouteJson#configure} (read limits, unknown
 * properties ignored, floats as {@code BigDecimal}, dates kept with their offset), plus Jackson's
 * java.time module, which the generated models' {@code OffsetDateTime} fields need and our typed
 * routes do not (they parse their own dates). Free-form {@code conditions} are a {@code JsonNode},
 * as in our decoder.
 */
final class PlainModels {

    private PlainModels() {}

    /** A mapper for the generated {@code ListRoutesResponse} with every element bound to {@link MonomorphicElement}. */
    static ObjectMapper newMapper() {
        // our settings through the one method that defines them; plus what only the generated models
        // need: java.time for their OffsetDateTime fields (our routes parse their own dates)
        ObjectMapper mapper = RouteJson.configure(JsonMapper.builder().build());
        mapper.registerModule(new JavaTimeModule());
        mapper.addMixIn(RouteElementDto.class, MonomorphicElementMixIn.class);
        return mapper;
    }

    /** Switches off the generated interface's broken type info and binds the interface to one class. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    @JsonIgnoreProperties({})
    @JsonDeserialize(as = MonomorphicElement.class)
    abstract static class MonomorphicElementMixIn {}

    /** Any element: the union of the six variants' fields. Public fields: the cheapest binding Jackson has. */
    public static final class MonomorphicElement implements RouteElementDto {
        public String id;
        public String type;
        public Map<String, ElementRefDto> outputs;
        public AnyProperties properties;
    }

    /** The properties of any element type (conditional, rate, model); absent ones stay null. */
    public static final class AnyProperties {
        public JsonNode conditions;
        public String key;
        public BigDecimal limit;
        public String limitType;
        public BigDecimal window;
        public String provider;
        public String model;
        public BigDecimal retries;
        public BigDecimal timeout;
    }
}
