package dev.dynamicroutes.element;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson configuration that decodes Dynamic Routes responses, elements included.
 *
 * <p>The client uses {@link #newObjectMapper()}; use it yourself to decode or re-encode routes
 * outside the client, e.g. to print a route as wire JSON:
 *
 * <pre>{@code
 * ObjectMapper mapper = RouteJson.newObjectMapper();
 * String json = mapper.writeValueAsString(route);   // wire names, unknown elements preserved
 * }</pre>
 *
 * <h2>Read limits</h2>
 * Responses come from the network, so parsing is bounded ({@link #READ_CONSTRAINTS}): nesting depth
 * 500 (a legitimate condition tree is a few levels deep; a hostile 10 000-deep one fails fast with a
 * typed error instead of a StackOverflowError), strings up to 8 MB (a route's {@code version.data}
 * is the largest legitimate string), numbers up to 1 000 digits, names up to 50 000 characters,
 * documents up to 256 MB.
 */
public final class RouteJson {

    /** The parser limits applied by {@link #newObjectMapper()} and {@link #configure(ObjectMapper)}. */
    public static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(500)
            .maxStringLength(8 * 1024 * 1024)
            .maxNumberLength(1_000)
            .maxNameLength(50_000)
            .maxDocumentLength(256L * 1024 * 1024)
            .build();

    private RouteJson() {}

    /** A new mapper configured by {@link #configure(ObjectMapper)}. */
    public static ObjectMapper newObjectMapper() {
        return configure(JsonMapper.builder().build());
    }

    /**
     * Configures {@code mapper} to decode and encode Dynamic Routes JSON: element dispatch on
     * {@code type}, java.time, unknown properties ignored (the server may add fields), trailing
     * content after the JSON value rejected, numbers in
     * free-form JSON kept exact, dates written as ISO-8601 with their original offset, absent optional
     * fields not written back as {@code null}. Returns the same mapper.
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(READ_CONSTRAINTS);
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(module());
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // "{...}garbage" is a broken body, not a response followed by noise
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        return mapper;
    }

    /** Only the element mix-ins, for a mapper configured otherwise by its owner. */
    public static Module module() {
        SimpleModule module = new SimpleModule("dynamic-routes-elements");
        module.setMixInAnnotation(dev.dynamicroutes.generated.model.RouteElementDto.class, RouteElementMixIn.class);
        module.addDeserializer(dev.dynamicroutes.generated.model.RouteElementDto.class, new RouteElementDeserializer());
        module.setMixInAnnotation(
                dev.dynamicroutes.generated.model.RatePropertiesDto.class, WireMixIns.RateProperties.class);
        module.setMixInAnnotation(
                dev.dynamicroutes.generated.model.ConditionalPropertiesDto.class,
                WireMixIns.ConditionalProperties.class);
        return module;
    }
}
