package dev.dynamicroutes.element;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One dynamic route: its metadata and its elements, typed. Immutable.
 *
 * <p>Read and written with any Jackson {@code ObjectMapper} (the client uses
 * {@link RouteJson#newObjectMapper()}, which adds read limits): wire field names, unknown elements,
 * unknown enum values and fields this client does not model come back out as they went in.
 *
 * <pre>{@code
 * Route route = new ObjectMapper().readValue(json, Route.class);
 * for (RouteElement element : route.elements()) {
 *   System.out.println(element.id() + " (" + element.type() + ") -> " + element.outputs());
 * }
 * Route built = Route.builder()
 *     .id("r1").name("premium").accountTag("0d37…").gatewayId("54442216")
 *     .createdAt(OffsetDateTime.now()).modifiedAt(OffsetDateTime.now())
 *     .deployment(deployment).version(version)
 *     .elements(List.of(StartElement.of("start", "end"), EndElement.of("end")))
 *     .build();
 * }</pre>
 */
@JsonDeserialize(using = RouteCodec.RouteDeserializer.class)
@JsonSerialize(using = RouteCodec.RouteSerializer.class)
public final class Route {

    private final String id;
    private final String name;
    private final String accountTag;
    private final String gatewayId;
    private final OffsetDateTime createdAt;
    /** As sent, so that writing back does not reformat it (e.g. {@code .000Z} would become {@code Z}). */
    private final String createdAtText;

    private final OffsetDateTime modifiedAt;
    private final String modifiedAtText;
    private final RouteDeployment deployment;
    private final RouteVersion version;
    private final List<RouteElement> elements;
    private final Map<String, JsonNode> additional;

    private Route(Builder b, Map<String, JsonNode> additional) {
        this.id = Objects.requireNonNull(b.id);
        this.name = Objects.requireNonNull(b.name);
        this.accountTag = Objects.requireNonNull(b.accountTag);
        this.gatewayId = Objects.requireNonNull(b.gatewayId);
        this.createdAt = Objects.requireNonNull(b.createdAt);
        this.createdAtText = Objects.requireNonNull(b.createdAtText);
        this.modifiedAt = Objects.requireNonNull(b.modifiedAt);
        this.modifiedAtText = Objects.requireNonNull(b.modifiedAtText);
        this.deployment = Objects.requireNonNull(b.deployment);
        this.version = Objects.requireNonNull(b.version);
        this.elements = Objects.requireNonNull(b.elements);
        this.additional = additional;
    }

    /** {@return an empty builder; every field but the elements is required} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the route's id} */
    public String id() {
        return id;
    }

    /** {@return the route's name} */
    public String name() {
        return name;
    }

    /** {@return the account the route belongs to ({@code account_tag})} */
    public String accountTag() {
        return accountTag;
    }

    /** {@return the gateway the route belongs to} */
    public String gatewayId() {
        return gatewayId;
    }

    /** {@return creation time (the spec promises a date-time), with the offset as sent} */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** {@return last modification time (the spec promises a date-time), with the offset as sent} */
    public OffsetDateTime modifiedAt() {
        return modifiedAt;
    }

    /** {@return the active deployment} */
    public RouteDeployment deployment() {
        return deployment;
    }

    /** {@return the deployed version} */
    public RouteVersion version() {
        return version;
    }

    /** {@return the elements, in wire order} Unmodifiable. */
    public List<RouteElement> elements() {
        return elements;
    }

    /** {@return fields this client does not model, in wire order, written back unchanged} A copy. */
    public Map<String, JsonNode> additionalProperties() {
        return ExactJson.copyOf(additional);
    }

    // --- JSON ---

    private static final Object[] DEPLOYMENT = {"deployment"};
    private static final Object[] VERSION = {"version"};

    static Route read(JsonParser p, Location at) throws IOException {
        Builder b = new Builder();
        Map<String, JsonNode> additional = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> {
                    b.id = ExactJson.stringOrNull(p, at, ExactJson.TOP, name);
                    if (b.id != null) {
                        at.routeId(b.id);
                    }
                }
                case "name" -> b.name = ExactJson.stringOrNull(p, at, ExactJson.TOP, name);
                case "account_tag" -> b.accountTag = ExactJson.stringOrNull(p, at, ExactJson.TOP, name);
                case "gateway_id" -> b.gatewayId = ExactJson.stringOrNull(p, at, ExactJson.TOP, name);
                case "created_at" ->
                    b.createdAt(dateTime(ExactJson.stringOrNull(p, at, ExactJson.TOP, name), at, name), p);
                case "modified_at" ->
                    b.modifiedAt(dateTime(ExactJson.stringOrNull(p, at, ExactJson.TOP, name), at, name), p);
                case "deployment" ->
                    b.deployment = ExactJson.objectOrNull(p, at, ExactJson.TOP, name)
                            ? RouteDeployment.read(p, at, DEPLOYMENT)
                            : null;
                case "version" ->
                    b.version = ExactJson.objectOrNull(p, at, ExactJson.TOP, name)
                            ? RouteVersion.read(p, at, VERSION)
                            : null;
                case "elements" -> b.elements = value == JsonToken.VALUE_NULL ? null : readElements(p, at);
                default -> {
                    if (additional == null) {
                        additional = new LinkedHashMap<>(4);
                    }
                    additional.put(name, ExactJson.readTree(p, at));
                }
            }
        }
        return b.validated(at, additional == null ? Map.of() : additional);
    }

    private static @Nullable OffsetDateTime dateTime(@Nullable String text, Location at, String field) {
        if (text == null) {
            return null;
        }
        try {
            return Timestamps.parse(text);
        } catch (DateTimeParseException e) {
            throw at.problem("not an ISO-8601 date-time with offset: \"" + text + "\"", e, field);
        }
    }

    private static List<RouteElement> readElements(JsonParser p, Location at) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw at.problem("must be an array, was " + ExactJson.describe(p.currentToken()), "elements");
        }
        List<RouteElement> elements = new ArrayList<>(16);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            elements.add(ElementCodec.read(p, at, elements.size()));
        }
        return Collections.unmodifiableList(elements);
    }

    void write(JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("account_tag", accountTag);
        g.writeStringField("created_at", createdAtText);
        g.writeFieldName("deployment");
        deployment.write(g, provider);
        g.writeArrayFieldStart("elements");
        for (RouteElement element : elements) {
            ElementCodec.write(element, g, provider);
        }
        g.writeEndArray();
        g.writeStringField("gateway_id", gatewayId);
        g.writeStringField("modified_at", modifiedAtText);
        g.writeStringField("name", name);
        g.writeFieldName("version");
        version.write(g, provider);
        ExactJson.writeFields(g, provider, additional);
        g.writeEndObject();
    }

    static void require(@Nullable Object value, Location at, Object... field) {
        if (value == null) {
            throw at.problem("missing required field", field);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Route r
                && id.equals(r.id)
                && name.equals(r.name)
                && accountTag.equals(r.accountTag)
                && gatewayId.equals(r.gatewayId)
                && createdAtText.equals(r.createdAtText)
                && modifiedAtText.equals(r.modifiedAtText)
                && deployment.equals(r.deployment)
                && version.equals(r.version)
                && elements.equals(r.elements)
                && additional.equals(r.additional);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, accountTag, gatewayId, createdAtText, modifiedAtText, elements, additional);
    }

    @Override
    public String toString() {
        return "Route[id=" + id + ", name=" + name + ", elements=" + elements.size() + "]";
    }

    /**
     * Builds a route; {@link #build()} checks that every required value is set. Not thread-safe.
     *
     * <pre>{@code
     * Route route = Route.builder().id("r1").name("premium").accountTag("acc").gatewayId("gw")
     *     .createdAt(now).modifiedAt(now).deployment(deployment).version(version)
     *     .elements(List.of(StartElement.of("start", "end"), EndElement.of("end")))
     *     .build();
     * }</pre>
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String name;
        private @Nullable String accountTag;
        private @Nullable String gatewayId;
        private @Nullable OffsetDateTime createdAt;
        private @Nullable String createdAtText;
        private @Nullable OffsetDateTime modifiedAt;
        private @Nullable String modifiedAtText;
        private @Nullable RouteDeployment deployment;
        private @Nullable RouteVersion version;
        private @Nullable List<RouteElement> elements;

        private Builder() {}

        /**
         * Sets the route's id (required).
         *
         * @param id the route's id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the route's name (required).
         *
         * @param name the route's name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the account tag (required).
         *
         * @param accountTag the account the route belongs to
         * @return this builder
         */
        public Builder accountTag(String accountTag) {
            this.accountTag = accountTag;
            return this;
        }

        /**
         * Sets the gateway id (required).
         *
         * @param gatewayId the gateway the route belongs to
         * @return this builder
         */
        public Builder gatewayId(String gatewayId) {
            this.gatewayId = gatewayId;
            return this;
        }

        /**
         * Sets the creation time (required); written as ISO-8601 with its offset.
         *
         * @param createdAt the creation time
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            this.createdAtText = createdAt == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(createdAt);
            return this;
        }

        /**
         * Sets the last modification time (required); written as ISO-8601 with its offset.
         *
         * @param modifiedAt the last modification time
         * @return this builder
         */
        public Builder modifiedAt(OffsetDateTime modifiedAt) {
            this.modifiedAt = modifiedAt;
            this.modifiedAtText = modifiedAt == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(modifiedAt);
            return this;
        }

        private void createdAt(@Nullable OffsetDateTime value, JsonParser p) throws IOException {
            this.createdAt = value;
            this.createdAtText = value == null ? null : p.getText();
        }

        private void modifiedAt(@Nullable OffsetDateTime value, JsonParser p) throws IOException {
            this.modifiedAt = value;
            this.modifiedAtText = value == null ? null : p.getText();
        }

        /**
         * Sets the active deployment (required).
         *
         * @param deployment the deployment
         * @return this builder
         */
        public Builder deployment(RouteDeployment deployment) {
            this.deployment = deployment;
            return this;
        }

        /**
         * Sets the deployed version (required).
         *
         * @param version the version
         * @return this builder
         */
        public Builder version(RouteVersion version) {
            this.version = version;
            return this;
        }

        /**
         * The elements in order (copied).
         *
         * @param elements the elements, in wire order (copied)
         * @return this builder
         */
        public Builder elements(List<? extends RouteElement> elements) {
            this.elements = elements == null ? null : List.copyOf(elements);
            return this;
        }

        /**
         * {@return the route, immutable}
         *
         * @throws RouteDecodeException naming the first required value that is missing
         */
        public Route build() {
            return validated(Location.built(), Map.of());
        }

        Route validated(Location at, Map<String, JsonNode> additional) {
            require(id, at, "id");
            require(name, at, "name");
            require(accountTag, at, "account_tag");
            require(gatewayId, at, "gateway_id");
            require(createdAt, at, "created_at");
            require(modifiedAt, at, "modified_at");
            require(deployment, at, "deployment");
            require(version, at, "version");
            require(elements, at, "elements");
            return new Route(this, additional);
        }
    }
}
