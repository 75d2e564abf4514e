package dev.dynamicroutes.element;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a decoder is, so that every problem becomes a {@link RouteDecodeException} with its location
 * as values. One per route (its id filled in once read); element locations are derived only when
 * something is wrong, so the common path allocates nothing per element.
 */
final class Location implements Where {

    @Override
    public Location location() {
        return this;
    }

    private @Nullable String routeId;
    private final int routeIndex;
    private final int elementIndex;
    private final @Nullable String elementId;
    /** Segments from the document root to the route (or to a standalone element). */
    private final List<Object> base;
    /** Whether {@link #base} already leads to an element (a standalone element, or one derived here). */
    private final boolean atElement;

    private Location(
            @Nullable String routeId,
            int routeIndex,
            int elementIndex,
            @Nullable String elementId,
            List<Object> base,
            boolean atElement) {
        this.atElement = atElement;
        this.routeId = routeId;
        this.routeIndex = routeIndex;
        this.elementIndex = elementIndex;
        this.elementId = elementId;
        this.base = base;
    }

    /** A route whose START_OBJECT is the parser's current token. */
    static Location routeAt(JsonParser p) {
        List<Object> path = pathOf(p, false);
        return new Location(null, indexIn(path), -1, null, path, false);
    }

    /** A scalar (not an object) where a route should be: {@code p} is on it, inside the array when there is one. */
    static Location scalarRoute(JsonParser p) {
        List<Object> path = pathOf(p, true);
        return new Location(null, indexIn(path), -1, null, path, false);
    }

    /**
     * The null where a route should be: {@code p} is on the null token, inside the array when there is
     * one (the path then ends with {@code index}, as the array context supplies it).
     */
    static Location nullRoute(@Nullable JsonParser p, int index) {
        List<Object> path = p == null ? List.of() : pathOf(p, true);
        return new Location(null, index, -1, null, path, false);
    }

    /**
     * An element decoded on its own (not inside a route), whose first token is current: normally its
     * START_OBJECT, but any other value is located here too, so that it is reported where it stands.
     */
    static Location elementAt(JsonParser p) {
        List<Object> path = pathOf(p, !p.currentToken().isStructStart());
        return new Location(null, -1, indexIn(path), null, path, true);
    }

    /** A value built in code rather than decoded (builders validate with the same messages). */
    static Location built() {
        return new Location(null, -1, -1, null, List.of(), false);
    }

    void routeId(String id) {
        this.routeId = id;
    }

    /** The element at {@code index} of this route's {@code elements} (or, for a standalone element, itself). */
    Location element(int index, @Nullable String id) {
        if (atElement) {
            return new Location(routeId, routeIndex, elementIndex, id, base, true);
        }
        List<Object> path = new ArrayList<>(base.size() + 2);
        path.addAll(base);
        path.add("elements");
        path.add(index);
        return new Location(routeId, routeIndex, index, id, path, true);
    }

    /** The slot {@code elements[index]} of this route, for a problem with the element value itself. */
    Location slot(int index) {
        return new Location(routeId, routeIndex, index, null, base, false);
    }

    /** {@code prefix} followed by {@code name}: a field inside a nested object. */
    static Object[] concat(Object[] prefix, Object name) {
        Object[] all = java.util.Arrays.copyOf(prefix, prefix.length + 1);
        all[prefix.length] = name;
        return all;
    }

    int elementIndex() {
        return elementIndex;
    }

    /** A problem at {@code field} (segments relative to this route or element: names and indexes). */
    RouteDecodeException problem(String problem, Object... field) {
        return problem(problem, null, field);
    }

    RouteDecodeException problem(String problem, @Nullable Throwable cause, Object... field) {
        List<Object> path = new ArrayList<>(base.size() + field.length);
        path.addAll(base);
        path.addAll(List.of(field));
        return new RouteDecodeException(
                routeId, routeIndex, elementIndex, elementId, render("", List.of(field), false), path, problem, cause);
    }

    /** A problem with the scalar value that is the parser's current token (e.g. a number too large to hold). */
    RouteDecodeException problemAtParser(JsonParser p, String problem, @Nullable Throwable cause) {
        List<Object> path = pathOf(p, true);
        boolean under =
                path.size() >= base.size() && path.subList(0, base.size()).equals(base);
        List<Object> field = under ? path.subList(base.size(), path.size()) : path;
        return new RouteDecodeException(
                routeId, routeIndex, elementIndex, elementId, render("", field, false), path, problem, cause);
    }

    /** Segments as a JSONPath-like text: names joined by dots, indexes in brackets. */
    static String render(String prefix, List<Object> segments, boolean dotFirst) {
        StringBuilder out = new StringBuilder(prefix);
        for (Object segment : segments) {
            if (segment instanceof Integer) {
                out.append('[').append(segment).append(']');
            } else {
                if (dotFirst || out.length() > 0) {
                    out.append('.');
                }
                out.append(segment);
            }
        }
        return out.toString();
    }

    private static int indexIn(List<Object> path) {
        return !path.isEmpty() && path.get(path.size() - 1) instanceof Integer i ? i : -1;
    }

    /** The segments of the value whose START token is current: array indexes and property names from the root. */
    private static List<Object> pathOf(JsonParser p, boolean scalar) {
        List<Object> reversed = new ArrayList<>(6);
        // for a just-opened object or array the current context is the value's own, its position is in the parents
        JsonStreamContext start =
                scalar ? p.getParsingContext() : p.getParsingContext().getParent();
        for (JsonStreamContext c = start; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                reversed.add(c.getCurrentIndex());
            } else if (c.getCurrentName() != null) {
                reversed.add(c.getCurrentName());
            }
        }
        List<Object> path = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            path.add(reversed.get(i));
        }
        return path;
    }
}
