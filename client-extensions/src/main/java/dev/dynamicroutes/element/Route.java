package dev.dynamicroutes.element;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.dynamicroutes.error.RouteDecodeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One dynamic route: its metadata and its elements, typed. Immutable.
 *
 * <pre>{@code
 * for (RouteElement element : route.elements()) {
 *   System.out.println(element.id() + " (" + element.type() + ") -> " + element.outputs());
 * }
 * }</pre>
 *
 * Serialising a route with a mapper from {@link RouteJson} writes its wire JSON: wire field names,
 * unknown elements and unknown enum values exactly as received.
 */
public final class Route {

    private final dev.dynamicroutes.generated.model.RouteDto wire;
    private final RouteDeployment deployment;
    private final RouteVersion version;
    private final List<RouteElement> elements;

    private Route(dev.dynamicroutes.generated.model.RouteDto wire, WireCheck check) {
        this.wire = wire;
        check.required(wire.getId(), "id");
        check.required(wire.getName(), "name");
        check.required(wire.getAccountTag(), "account_tag");
        check.required(wire.getGatewayId(), "gateway_id");
        check.required(wire.getCreatedAt(), "created_at");
        check.required(wire.getModifiedAt(), "modified_at");
        this.deployment = new RouteDeployment(check.required(wire.getDeployment(), "deployment"), check);
        this.version = new RouteVersion(check.required(wire.getVersion(), "version"), check);
        List<dev.dynamicroutes.generated.model.RouteElementDto> wireElements =
                check.required(wire.getElements(), "elements");
        List<RouteElement> typed = new ArrayList<>(wireElements.size());
        for (int i = 0; i < wireElements.size(); i++) {
            typed.add(ElementDecoding.typed(wireElements.get(i), check, i));
        }
        this.elements = Collections.unmodifiableList(typed);
    }

    /**
     * Validates a route decoded into the generated model (by a mapper from {@link RouteJson}) and
     * wraps it. The client does this for you; use it when you decode responses yourself.
     *
     * @param routeIndex the route's index in the page, for error messages (-1 when unknown)
     * @throws RouteDecodeException naming the route, element and field when a required value is
     *     missing or an element has no usable {@code type}
     */
    public static Route fromWire(dev.dynamicroutes.generated.model.RouteDto wire, int routeIndex) {
        if (wire == null) {
            throw new RouteDecodeException(null, routeIndex, -1, null, "routes[" + routeIndex + "]", "route is null");
        }
        return new Route(wire, WireCheck.route(wire.getId(), routeIndex));
    }

    public String id() {
        return wire.getId();
    }

    public String name() {
        return wire.getName();
    }

    /** The account the route belongs to ({@code account_tag}). */
    public String accountTag() {
        return wire.getAccountTag();
    }

    public String gatewayId() {
        return wire.getGatewayId();
    }

    /** Creation time, with the offset as sent. */
    public OffsetDateTime createdAt() {
        return wire.getCreatedAt();
    }

    /** Last modification time, with the offset as sent. */
    public OffsetDateTime modifiedAt() {
        return wire.getModifiedAt();
    }

    public RouteDeployment deployment() {
        return deployment;
    }

    public RouteVersion version() {
        return version;
    }

    /** The elements, in wire order. Unmodifiable. */
    public List<RouteElement> elements() {
        return elements;
    }

    @JsonValue
    dev.dynamicroutes.generated.model.RouteDto wire() {
        return wire;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Route && wire.equals(((Route) o).wire);
    }

    @Override
    public int hashCode() {
        return wire.hashCode();
    }

    @Override
    public String toString() {
        return "Route[id=" + id() + ", name=" + name() + ", elements=" + elements.size() + "]";
    }
}
