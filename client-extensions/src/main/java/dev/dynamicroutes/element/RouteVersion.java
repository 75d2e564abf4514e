package dev.dynamicroutes.element;

import dev.dynamicroutes.generated.model.RouteVersionDto.ActiveEnum;
import java.util.Objects;
import java.util.Optional;

/**
 * A version of a route. On the wire {@code active} is the STRING {@code "true"} or {@code "false"};
 * here it is a boolean.
 *
 * <pre>{@code
 * if (route.version().active() && route.version().isValid().orElse(true)) { ... }
 * }</pre>
 */
public final class RouteVersion {

    private final dev.dynamicroutes.generated.model.RouteVersionDto wire;
    private final boolean active;

    RouteVersion(dev.dynamicroutes.generated.model.RouteVersionDto wire, WireCheck check) {
        this.wire = wire;
        ActiveEnum active = check.required(wire.getActive(), "version.active");
        if (active != ActiveEnum.TRUE && active != ActiveEnum.FALSE) {
            throw check.problem("version.active", "must be the string \"true\" or \"false\"");
        }
        this.active = active == ActiveEnum.TRUE;
        check.required(wire.getVersionId(), "version.version_id");
        check.required(wire.getCreatedAt(), "version.created_at");
        check.required(wire.getData(), "version.data");
    }

    public String versionId() {
        return wire.getVersionId();
    }

    /** Whether this version is the active one. */
    public boolean active() {
        return active;
    }

    /** When it was created, as sent (a plain string upstream). */
    public String createdAt() {
        return wire.getCreatedAt();
    }

    /** The version's data, as sent. */
    public String data() {
        return wire.getData();
    }

    /** Whether the server considers this version valid; empty when it does not say (older API versions). */
    public Optional<Boolean> isValid() {
        return Optional.ofNullable(wire.getIsValid());
    }

    /** The version's comment, when the server sends one. */
    public Optional<String> comment() {
        return Optional.ofNullable(wire.getComment());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RouteVersion && wire.equals(((RouteVersion) o).wire);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wire);
    }

    @Override
    public String toString() {
        return "RouteVersion[versionId=" + versionId() + ", active=" + active + "]";
    }
}
