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
 * A version of a route. Immutable. On the wire {@code active} is the STRING {@code "true"} or
 * {@code "false"}; here it is a boolean.
 *
 * <pre>{@code
 * RouteVersion version = RouteVersion.of(
 *     "ver-0002", true, "2025-03-04 10:19:00", "{}", RouteVersion.Validity.VALID, null);
 * if (version.active() && version.validity() != RouteVersion.Validity.INVALID) { ... }
 * }</pre>
 */
@JsonDeserialize(using = RouteCodec.VersionDeserializer.class)
@JsonSerialize(using = RouteCodec.VersionSerializer.class)
public final class RouteVersion {

    /**
     * What the server says about a version's validity ({@code is_valid}).
     *
     * <pre>{@code
     * if (route.version().validity() == RouteVersion.Validity.INVALID) { warn(route); }
     * }</pre>
     */
    public enum Validity {
        /** {@code is_valid: true}. */
        VALID,
        /** {@code is_valid: false}. */
        INVALID,
        /** The server did not say (older API versions omit {@code is_valid}). */
        NOT_REPORTED
    }

    private final String versionId;
    private final boolean active;
    private final String createdAt;
    private final String data;
    private final @Nullable Boolean isValid;
    private final @Nullable String comment;
    /** Optional fields sent as JSON null, written back as such. */
    private final boolean isValidNull;

    private final boolean commentNull;
    private final Map<String, JsonNode> additional;

    private RouteVersion(Builder b, Map<String, JsonNode> additional) {
        this.versionId = Objects.requireNonNull(b.versionId);
        this.active = Objects.requireNonNull(b.active);
        this.createdAt = Objects.requireNonNull(b.createdAt);
        this.data = Objects.requireNonNull(b.data);
        this.isValid = b.isValid;
        this.comment = b.comment;
        this.isValidNull = b.isValidNull;
        this.commentNull = b.commentNull;
        this.additional = additional;
    }

    /**
     * A version built in code (a static factory, like {@link RouteDeployment#of}).
     *
     * @param versionId the version's id
     * @param active whether it is the active version
     * @param createdAt when it was created, as the API sends it, e.g. {@code "2025-03-04 10:19:00"}
     * @param data the version's data, as the API sends it (a string)
     * @param validity what the server says about its validity; {@code NOT_REPORTED} leaves {@code is_valid} out
     * @param comment the comment, or null for none
     * @return the version
     * @throws RouteDecodeException naming the first required value that is null
     */
    public static RouteVersion of(
            String versionId,
            boolean active,
            String createdAt,
            String data,
            Validity validity,
            @Nullable String comment) {
        return new Builder()
                .versionId(versionId)
                .active(active)
                .createdAt(createdAt)
                .data(data)
                .validity(validity)
                .comment(comment)
                .build();
    }

    /** {@return the version's id} */
    public String versionId() {
        return versionId;
    }

    /** {@return whether this version is the active one} */
    public boolean active() {
        return active;
    }

    /** {@return when it was created, as sent: a plain string upstream, not promised to be a date-time} */
    public String createdAt() {
        return createdAt;
    }

    /** {@return the version's data, as sent} */
    public String data() {
        return data;
    }

    /** {@return whether the server considers this version valid, or that it did not say} */
    public Validity validity() {
        return isValid == null ? Validity.NOT_REPORTED : isValid ? Validity.VALID : Validity.INVALID;
    }

    /** {@return the version's comment, when the server sends one} */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    /** {@return fields this client does not model, in wire order, written back unchanged} A copy. */
    public Map<String, JsonNode> additionalProperties() {
        return ExactJson.copyOf(additional);
    }

    static RouteVersion read(JsonParser p, Location at, Object... prefix) throws IOException {
        Builder b = new Builder();
        Map<String, JsonNode> additional = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "version_id" -> b.versionId = ExactJson.stringOrNull(p, at, prefix, name);
                case "active" -> {
                    String active = ExactJson.stringOrNull(p, at, prefix, name);
                    if (active != null && !active.equals("true") && !active.equals("false")) {
                        throw at.problem(
                                "must be the string \"true\" or \"false\", was \"" + active + "\"",
                                Location.concat(prefix, name));
                    }
                    b.active = active == null ? null : active.equals("true");
                }
                case "created_at" -> b.createdAt = ExactJson.stringOrNull(p, at, prefix, name);
                case "data" -> b.data = ExactJson.stringOrNull(p, at, prefix, name);
                case "is_valid" -> {
                    b.isValid = ExactJson.booleanOrNull(p, at, prefix, name);
                    b.isValidNull = b.isValid == null;
                }
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
        g.writeStringField("active", active ? "true" : "false");
        g.writeStringField("created_at", createdAt);
        g.writeStringField("data", data);
        g.writeStringField("version_id", versionId);
        if (isValid != null) {
            g.writeBooleanField("is_valid", isValid);
        } else if (isValidNull) {
            g.writeNullField("is_valid");
        }
        if (comment != null || commentNull) {
            g.writeStringField("comment", comment);
        }
        ExactJson.writeFields(g, provider, additional);
        g.writeEndObject();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RouteVersion v
                && versionId.equals(v.versionId)
                && active == v.active
                && createdAt.equals(v.createdAt)
                && data.equals(v.data)
                && Objects.equals(isValid, v.isValid)
                && Objects.equals(comment, v.comment)
                && isValidNull == v.isValidNull
                && commentNull == v.commentNull
                && additional.equals(v.additional);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versionId, active, createdAt, data, isValid, comment, additional);
    }

    @Override
    public String toString() {
        // data can be large: its length only
        return "RouteVersion[versionId=" + versionId + ", active=" + active + ", createdAt=" + createdAt + ", validity="
                + validity() + ", comment=" + comment + ", data=(" + data.length() + " chars)]";
    }

    /** Collects the fields while reading or in {@link #of}; {@code validated} checks the required ones. */
    static final class Builder {
        private @Nullable String versionId;
        private @Nullable Boolean active;
        private @Nullable String createdAt;
        private @Nullable String data;
        private @Nullable Boolean isValid;
        private @Nullable String comment;
        private boolean isValidNull;
        private boolean commentNull;

        private Builder() {}

        /**
         * Sets the version's id (required).
         *
         * @param versionId the version's id
         * @return this builder
         */
        Builder versionId(String versionId) {
            this.versionId = versionId;
            return this;
        }

        /**
         * Sets whether this version is the active one (required).
         *
         * @param active whether this version is the active one
         * @return this builder
         */
        Builder active(boolean active) {
            this.active = active;
            return this;
        }

        /**
         * As the API sends it, e.g. {@code "2025-03-04 10:19:00"}.
         *
         * @param createdAt the creation time as sent
         * @return this builder
         */
        Builder createdAt(String createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Sets the version's {@code data} string, as the API sends it (required).
         *
         * @param data the version's data
         * @return this builder
         */
        Builder data(String data) {
            this.data = data;
            return this;
        }

        /**
         * Optional: {@link Validity#NOT_REPORTED} (the default) writes no {@code is_valid}.
         *
         * @param validity whether the API reported the version valid
         * @return this builder
         */
        Builder validity(Validity validity) {
            this.isValid = switch (Objects.requireNonNull(validity, "validity")) {
                case VALID -> Boolean.TRUE;
                case INVALID -> Boolean.FALSE;
                case NOT_REPORTED -> null;
            };
            this.isValidNull = false;
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
         * {@return the version, immutable}
         *
         * @throws RouteDecodeException naming the first required value that is missing
         */
        RouteVersion build() {
            return validated(Location.built(), new Object[0], Map.of());
        }

        RouteVersion validated(Location at, Object[] prefix, Map<String, JsonNode> additional) {
            Route.require(versionId, at, Location.concat(prefix, "version_id"));
            Route.require(active, at, Location.concat(prefix, "active"));
            Route.require(createdAt, at, Location.concat(prefix, "created_at"));
            Route.require(data, at, Location.concat(prefix, "data"));
            return new RouteVersion(this, additional);
        }
    }
}
