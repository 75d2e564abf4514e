package dev.dynamicroutes.element;

import dev.dynamicroutes.error.RouteDecodeException;
import dev.dynamicroutes.generated.model.ElementRefDto;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where in a response we are while validating decoded wire objects, so that every problem is
 * reported as a {@link RouteDecodeException} naming the route, the element and the field.
 *
 * <p>Jackson does not enforce the spec's {@code required} lists on setter-based generated models;
 * this is where "required in the spec" becomes "never null in the typed API".
 */
final class WireCheck {

    private final String routeId;
    private final int routeIndex;
    private final int elementIndex;
    private final String elementId;

    private WireCheck(String routeId, int routeIndex, int elementIndex, String elementId) {
        this.routeId = routeId;
        this.routeIndex = routeIndex;
        this.elementIndex = elementIndex;
        this.elementId = elementId;
    }

    static WireCheck route(String routeId, int routeIndex) {
        return new WireCheck(routeId, routeIndex, -1, null);
    }

    WireCheck element(int index, String id) {
        return new WireCheck(routeId, routeIndex, index, id);
    }

    RouteDecodeException problem(String field, String problem) {
        return new RouteDecodeException(routeId, routeIndex, elementIndex, elementId, field, problem);
    }

    <T> T required(T value, String field) {
        if (value == null) {
            throw problem(field, "missing required field");
        }
        return value;
    }

    /** The target id of a required output reference ({@code field} names it in an error). */
    String target(ElementRefDto ref, String field) {
        // the path strings are built only when something is wrong: this runs for every output
        if (ref == null) {
            throw problem(field, "missing required field");
        }
        String id = ref.getElementId();
        if (id == null) {
            throw problem(field + ".elementId", "missing required field");
        }
        return id;
    }

    /** Output name to target id, in wire order, for map-shaped outputs. */
    Map<String, String> targets(Map<String, ElementRefDto> refs, String field) {
        required(refs, field);
        Map<String, String> targets = new LinkedHashMap<>(Math.max(4, refs.size() * 2));
        for (Map.Entry<String, ElementRefDto> ref : refs.entrySet()) {
            ElementRefDto value = ref.getValue();
            String id = value == null ? null : value.getElementId();
            if (id == null) {
                target(value, field + "." + ref.getKey()); // throws, naming the output
            }
            targets.put(ref.getKey(), id);
        }
        return Collections.unmodifiableMap(targets);
    }

    static Map<String, String> orderedOutputs(String name1, String target1, String name2, String target2) {
        Map<String, String> outputs = new LinkedHashMap<>(4);
        outputs.put(name1, target1);
        outputs.put(name2, target2);
        return Collections.unmodifiableMap(outputs);
    }
}
