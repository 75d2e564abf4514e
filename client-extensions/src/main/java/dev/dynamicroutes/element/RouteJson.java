package dev.dynamicroutes.element;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson configuration the client reads responses with.
 *
 * <p>{@link Route}, {@link RouteElement} and the other values need no module: they read and write
 * themselves with any {@code ObjectMapper} ({@code new ObjectMapper().readValue(json, Route.class)}),
 * numbers exact whatever the mapper's settings. What this class adds is for untrusted input:
 * bounded parsing (the read limits below) and trailing content rejected.
 *
 * <pre>{@code
 * ObjectMapper mapper = RouteJson.newObjectMapper();
 * Route route = mapper.readValue(json, Route.class);
 * String back = mapper.writeValueAsString(route);   // wire names, unknown elements preserved
 * }</pre>
 *
 * <h2>Read limits</h2>
 * Nesting depth 500 (a legitimate condition tree is a few levels deep; a hostile 10 000-deep one
 * fails fast with a typed error instead of a StackOverflowError), strings up to 8 MB (a route's
 * {@code version.data} is the largest legitimate string), numbers up to 1 000 digits, names up to
 * 50 000 characters, documents up to 256 MB.
 */
public final class RouteJson {

    /** The parser limits applied by {@link #newObjectMapper()} and {@link #configure(ObjectMapper)}. */
    static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(500)
            .maxStringLength(8 * 1024 * 1024)
            .maxNumberLength(1_000)
            .maxNameLength(50_000)
            .maxDocumentLength(256L * 1024 * 1024)
            .build();

    private RouteJson() {}

    /** {@return a new mapper configured by {@link #configure(ObjectMapper)}} */
    public static ObjectMapper newObjectMapper() {
        return configure(JsonMapper.builder().build());
    }

    /**
     * Configures {@code mapper} for untrusted Dynamic Routes JSON: the read limits, unknown
     * properties ignored (the server may add fields), trailing content after the JSON value
     * rejected. (A route that cannot be typed throws a {@link RouteDecodeException} with its location;
     * read inside a larger document, Jackson wraps it as the cause of a {@code JsonMappingException}.)
     * Numbers in free-form JSON stay exact, dates keep their original offset, absent optional fields
     * are not written as {@code null}. Registers no module: the values parse and write their own dates,
     * and Jackson's java.time module costs a cold process about 180 classes (add it yourself to bind
     * your own java.time types). Returns the same mapper.
     *
     * @param mapper the mapper to configure
     * @return {@code mapper}, configured
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(READ_CONSTRAINTS);
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
}
