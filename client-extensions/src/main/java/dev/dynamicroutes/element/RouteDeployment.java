package dev.dynamicroutes.element;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which version of a route is deployed. Immutable.
 *
 * <pre>{@code
 * RouteDeployment deployment = RouteDeployment.of("dep-7f3a", "ver-0002", "2025-03-04 10:20:00", null);
 * System.out.println(deployment.versionId() + " " + deployment.comment().orElse(""));
 * }</pre>
 */
@JsonDeserialize(using = RouteCodec.DeploymentDeserializer.class)
@JsonSerialize(using = RouteCodec.DeploymentSerializer.class)
public final class RouteDeployment {

    private final String deploymentId;
    private final String versionId;
    private final String createdAt;
    private final @Nullable String comment;
    /** {@code comment} was sent as JSON null (written back as such). */
    private final boolean commentNull;

    private final Map<String, JsonNode> additional;

    private RouteDeployment(Builder b, Map<String, JsonNode> additional) {
        // validated() checked them, with the location of a missing one
        this.deploymentId = Objects.requireNonNull(b.deploymentId);
        this.versionId = Objects.requireNonNull(b.versionId);
        this.createdAt = Objects.requireNonNull(b.createdAt);
        this.comment = b.comment;
        this.commentNull = b.commentNull;
        this.additional = additional;
    }

    /**
     * A deployment built in code (a static factory rather than a builder: four fields, one optional).
     *
     * @param deploymentId the deployment's id
     * @param versionId the deployed version's id
     * @param createdAt when it was deployed, as the API sends it, e.g. {@code "2025-03-04 10:20:00"}
     * @param comment the comment, or null for none
     * @return the deployment
     * @throws RouteDecodeException naming the first required value that is null
     */
    public static RouteDeployment of(
            String deploymentId, String versionId, String createdAt, @Nullable String comment) {
        return new Builder()
                .deploymentId(deploymentId)
                .versionId(versionId)
                .createdAt(createdAt)
                .comment(comment)
                .build();
    }

    /** {@return the deployment's id} */
    public String deploymentId() {
        return deploymentId;
    }

    /** {@return the deployed version's id} */
    public String versionId() {
        return versionId;
    }

    /** {@return when it was deployed, as sent: a plain string upstream, not promised to be a date-time} */
    public String createdAt() {
        return createdAt;
    }

    /** {@return the deployment's comment, when the server sends one} */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    /** {@return fields this client does not model, in wire order, written back unchanged} A copy. */
    public Map<String, JsonNode> additionalProperties() {
        return ExactJson.copyOf(additional);
    }

    static RouteDeployment read(JsonParser p, Location at, Object... prefix) throws IOException {
        Builder b = new Builder();
        Map<String, JsonNode> additional = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "deployment_id" -> b.deploymentId = ExactJson.stringOrNull(p, at, prefix, name);
                case "version_id" -> b.versionId = ExactJson.stringOrNull(p, at, prefix, name);
                case "created_at" -> b.createdAt = ExactJson.stringOrNull(p, at, prefix, name);
                case "comment" -> {
                    b.comment = ExactJson.stringOrNull(p, at, prefix, name);
                    b.commentNull = b.comment == null;
                }
                default -> {
                    if (additional == null) {
                        additional = new LinkedHashMap<>(4);
                    }
                    additional.put(name, ExactJson.readTree(p, at));
                }
            }
        }
        return b.validated(at, prefix, additional == null ? Map.of() : additional);
    }

    void write(JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("created_at", createdAt);
        g.writeStringField("deployment_id", deploymentId);
        g.writeStringField("version_id", versionId);
        if (comment != null || commentNull) {
            g.writeStringField("comment", comment);
        }
        ExactJson.writeFields(g, provider, additional);
        g.writeEndObject();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RouteDeployment d
                && deploymentId.equals(d.deploymentId)
                && versionId.equals(d.versionId)
                && createdAt.equals(d.createdAt)
                && Objects.equals(comment, d.comment)
                && commentNull == d.commentNull
                && additional.equals(d.additional);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deploymentId, versionId, createdAt, comment, additional);
    }

    @Override
    public String toString() {
        return "RouteDeployment[deploymentId=" + deploymentId + ", versionId=" + versionId + ", createdAt=" + createdAt
                + ", comment=" + comment + "]";
    }

    /** Collects the fields while reading or in {@link #of}; {@code validated} checks the required ones. */
    static final class Builder {
        private @Nullable String deploymentId;
        private @Nullable String versionId;
        private @Nullable String createdAt;
        private @Nullable String comment;
        private boolean commentNull;

        private Builder() {}

        /**
         * Sets the deployment's id (required).
         *
         * @param deploymentId the deployment's id
         * @return this builder
         */
        Builder deploymentId(String deploymentId) {
            this.deploymentId = deploymentId;
            return this;
        }

        /**
         * Sets the deployed version's id (required).
         *
         * @param versionId the deployed version's id
         * @return this builder
         */
        Builder versionId(String versionId) {
            this.versionId = versionId;
            return this;
        }

        /**
         * As the API sends it, e.g. {@code "2025-03-04 10:20:00"}.
         *
         * @param createdAt the creation time as sent
         * @return this builder
         */
        Builder createdAt(String createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Optional; null for none.
         *
         * @param comment the comment, or null for none
         * @return this builder
         */
        Builder comment(@Nullable String comment) {
            this.comment = comment;
            this.commentNull = false;
            return this;
        }

        /**
         * {@return the deployment, immutable}
         *
         * @throws RouteDecodeException naming the first required value that is missing
         */
        RouteDeployment build() {
            return validated(Location.built(), new Object[0], Map.of());
        }

        RouteDeployment validated(Location at, Object[] prefix, Map<String, JsonNode> additional) {
            Route.require(deploymentId, at, Location.concat(prefix, "deployment_id"));
            Route.require(versionId, at, Location.concat(prefix, "version_id"));
            Route.require(createdAt, at, Location.concat(prefix, "created_at"));
            return new RouteDeployment(this, additional);
        }
    }
}
