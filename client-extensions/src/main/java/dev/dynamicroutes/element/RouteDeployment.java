package dev.dynamicroutes.element;

import java.util.Objects;
import java.util.Optional;

/**
 * Which version of a route is deployed.
 *
 * <pre>{@code
 * System.out.println(route.deployment().versionId() + " " + route.deployment().comment().orElse(""));
 * }</pre>
 */
public final class RouteDeployment {

    private final dev.dynamicroutes.generated.model.DeploymentDto wire;

    RouteDeployment(dev.dynamicroutes.generated.model.DeploymentDto wire, WireCheck check) {
        this.wire = wire;
        check.required(wire.getDeploymentId(), "deployment.deployment_id");
        check.required(wire.getVersionId(), "deployment.version_id");
        check.required(wire.getCreatedAt(), "deployment.created_at");
    }

    public String deploymentId() {
        return wire.getDeploymentId();
    }

    /** The deployed version's id. */
    public String versionId() {
        return wire.getVersionId();
    }

    /** When it was deployed, as sent (a plain string upstream, not guaranteed to be a date-time). */
    public String createdAt() {
        return wire.getCreatedAt();
    }

    /** The deployment's comment, when the server sends one. */
    public Optional<String> comment() {
        return Optional.ofNullable(wire.getComment());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RouteDeployment && wire.equals(((RouteDeployment) o).wire);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wire);
    }

    @Override
    public String toString() {
        return "RouteDeployment[deploymentId=" + deploymentId() + ", versionId=" + versionId() + "]";
    }
}
