package dev.dynamicroutes.element;

import com.fasterxml.jackson.core.JsonPointer;
import dev.dynamicroutes.error.DynamicRoutesException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * JSON could not be turned into a typed {@link Route} or {@link RouteElement}: a missing required
 * field, a value of the wrong JSON type, a missing or non-string {@code type}, an output without
 * {@code elementId}, a number outside what its field can hold.
 *
 * <p>The location is carried as values, never as a string to re-parse, one accessor per fact:
 * {@link #jsonPath()} is the full path from the root of the document being decoded (for a response
 * body: {@code $.data.routes[3].elements[2].properties.limit}), which holds the route's and the
 * element's index and the offending field; {@link #routeId()} and {@link #elementId()} add the ids,
 * which the path does not hold.
 *
 * <pre>{@code
 * catch (RouteDecodeException e) {
 *   System.err.println(e.jsonPath() + ": " + e.getMessage()); // $.data.routes[3].elements[2].type: ...
 * }
 * }</pre>
 */
public final class RouteDecodeException extends DynamicRoutesException {

    private static final long serialVersionUID = 2L;

    /** The route's id, null when unknown. */
    private final @Nullable String routeId;
    /** Index of the route in its array, -1 when none. */
    private final int routeIndex;
    /** Index of the element in the route, -1 at route level. */
    private final int elementIndex;
    /** The element's id, null when unknown or route level. */
    private final @Nullable String elementId;
    /** The offending field, relative to the element or route. */
    private final String field;
    /** Path segments from the document root: a {@code String} property name or an {@code Integer} array index. */
    @SuppressWarnings("serial") // always a List.copyOf of Strings and Integers, all serializable
    private final List<Object> path;

    RouteDecodeException(
            @Nullable String routeId,
            int routeIndex,
            int elementIndex,
            @Nullable String elementId,
            String field,
            List<Object> path,
            String problem,
            @Nullable Throwable cause) {
        super(describe(routeId, routeIndex, elementIndex, elementId, field, problem), cause);
        this.routeId = routeId;
        this.routeIndex = routeIndex;
        this.elementIndex = elementIndex;
        this.elementId = elementId;
        this.field = field;
        this.path = List.copyOf(path);
    }

    private static String describe(
            @Nullable String routeId,
            int routeIndex,
            int elementIndex,
            @Nullable String elementId,
            String field,
            String problem) {
        StringBuilder where = new StringBuilder("route");
        if (routeId != null) {
            where.append(" '").append(routeId).append('\'');
        }
        if (routeIndex >= 0) {
            where.append(" (routes[").append(routeIndex).append("])");
        }
        if (elementIndex >= 0) {
            where.append(", element elements[").append(elementIndex).append(']');
            if (elementId != null) {
                where.append(" id '").append(elementId).append('\'');
            }
        }
        return where + ", field '" + field + "': " + problem;
    }

    /** {@return the route's id, empty when the route had none (or the problem is its id)} */
    public Optional<String> routeId() {
        return Optional.ofNullable(routeId);
    }

    /** {@return index of the route in the array that held it (a page's {@code routes}), -1 when it was not in an array} */
    int routeIndex() {
        return routeIndex;
    }

    /** {@return index of the element in the route's {@code elements}, -1 when the problem is at route level} */
    int elementIndex() {
        return elementIndex;
    }

    /** {@return the element's id, empty when the element had none or the problem is at route level} */
    public Optional<String> elementId() {
        return Optional.ofNullable(elementId);
    }

    /**
     * The offending field relative to the element, or to the route for a route-level problem, for
     * people: {@code properties.limitType}, {@code outputs.next.elementId}, {@code version.active},
     * {@code elements[1]}.
     *
     * @return the offending field, relative to its element or route
     */
    String field() {
        return field;
    }

    /** The full location as a JSON Pointer; package-private, {@link #jsonPath()} is the public form. */
    JsonPointer pointer() {
        JsonPointer pointer = JsonPointer.empty();
        for (Object segment : path) {
            pointer = segment instanceof Integer i ? pointer.appendIndex(i) : pointer.appendProperty((String) segment);
        }
        return pointer;
    }

    /** {@return the full location as a JSONPath from the root of the decoded document, e.g. {@code $.data.routes[3].id}} */
    public String jsonPath() {
        return Location.render("$", path, true);
    }
}
