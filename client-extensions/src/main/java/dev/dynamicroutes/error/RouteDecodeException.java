package dev.dynamicroutes.error;

import java.util.Optional;

/**
 * A route in a response could not be turned into typed elements: a missing or non-string
 * {@code type}, a known element type missing a required field, an output reference without
 * {@code elementId}, a value of the wrong JSON type.
 *
 * <p>The message and the accessors say where: the route id (when the route had one), the index of
 * the route in the page, the element index and id, and the offending field as a path inside the
 * element (for example {@code properties.limitType} or {@code outputs.next.elementId}).
 *
 * <pre>{@code
 * catch (RouteDecodeException e) {
 *   System.err.println(e.routeId().orElse("?") + " element " + e.elementIndex() + ": " + e.field());
 * }
 * }</pre>
 */
public class RouteDecodeException extends DynamicRoutesException {

    private static final long serialVersionUID = 1L;

    private final String routeId;
    private final int routeIndex;
    private final int elementIndex;
    private final String elementId;
    private final String field;

    /**
     * @param routeId the route's id, or null when the route has none
     * @param routeIndex index of the route in the page, or -1 when unknown
     * @param elementIndex index of the element in {@code elements}, or -1 when the problem is not in an element
     * @param elementId the element's id, or null when it has none
     * @param field path of the offending field relative to the element (or route), never null
     * @param problem what is wrong, e.g. "missing required field"
     */
    public RouteDecodeException(
            String routeId, int routeIndex, int elementIndex, String elementId, String field, String problem) {
        this(routeId, routeIndex, elementIndex, elementId, field, problem, null);
    }

    public RouteDecodeException(
            String routeId,
            int routeIndex,
            int elementIndex,
            String elementId,
            String field,
            String problem,
            Throwable cause) {
        super(describe(routeId, routeIndex, elementIndex, elementId, field, problem), cause);
        this.routeId = routeId;
        this.routeIndex = routeIndex;
        this.elementIndex = elementIndex;
        this.elementId = elementId;
        this.field = field;
    }

    private static String describe(
            String routeId, int routeIndex, int elementIndex, String elementId, String field, String problem) {
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

    /** The route's id, empty when the route in the response had none. */
    public Optional<String> routeId() {
        return Optional.ofNullable(routeId);
    }

    /** Index of the route in the page's {@code routes} array, -1 when unknown. */
    public int routeIndex() {
        return routeIndex;
    }

    /** Index of the element in the route's {@code elements} array, -1 when the problem is at route level. */
    public int elementIndex() {
        return elementIndex;
    }

    /** The element's id, empty when the element had none. */
    public Optional<String> elementId() {
        return Optional.ofNullable(elementId);
    }

    /** Path of the offending field, relative to the element (or to the route for route-level problems). */
    public String field() {
        return field;
    }
}
