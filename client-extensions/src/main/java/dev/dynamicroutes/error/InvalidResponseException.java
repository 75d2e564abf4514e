package dev.dynamicroutes.error;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A 2xx response whose body is not the expected result: empty, not JSON (e.g. an HTML page from
 * the edge), truncated JSON, a value of the wrong JSON type, a missing required field, or a route
 * whose elements cannot be typed (then the cause is the {@link dev.dynamicroutes.element.RouteDecodeException} that says
 * which route, element and field).
 *
 * <pre>{@code
 * catch (InvalidResponseException e) {
 *   log.error("bad body at {} (cf-ray {})", e.jsonPath().orElse("?"), e.cfRay().orElse("-"));
 * }
 * }</pre>
 */
public final class InvalidResponseException extends ApiResponseException {

    private static final long serialVersionUID = 2L;

    /** Where in the body, null when not known. */
    private final @Nullable String jsonPath;

    InvalidResponseException(Builder builder, String problem, @Nullable String jsonPath) {
        super(builder, jsonPath == null ? problem : problem + " at " + jsonPath);
        this.jsonPath = jsonPath;
    }

    /** {@return where in the body the problem is, as a JSONPath such as {@code $.data.routes[0].elements[2].type}} */
    public Optional<String> jsonPath() {
        return Optional.ofNullable(jsonPath);
    }
}
