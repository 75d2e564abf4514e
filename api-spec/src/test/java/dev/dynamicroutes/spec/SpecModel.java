package dev.dynamicroutes.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small readings of a parsed spec that the fact checks and the change verdict share: a schema's type,
 * a {@code $ref}'s target name, and the element variants of {@code RouteElement} with the single
 * {@code type} value each one restricts itself to.
 *
 * <pre>{@code
 * List<SpecModel.Variant> variants = SpecModel.elementVariants(api); // e.g. StartElement -> "start", ...
 * }</pre>
 */
final class SpecModel {

    /** The component whose {@code oneOf} lists the route element variants. */
    static final String ELEMENT_UNION = "RouteElement";

    /** One {@code oneOf} variant: its component name and the {@code type} value it restricts to (if exactly one). */
    record Variant(String schemaName, Optional<String> typeValue) {
        /** The name a user sees: the wire {@code type} ({@code cache}), else the schema name. */
        String displayName() {
            return typeValue.orElse(schemaName);
        }
    }

    private SpecModel() {}

    static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() != null && schema.getTypes().size() == 1
                ? schema.getTypes().iterator().next()
                : null;
    }

    static Map<String, Schema<?>> schemas(OpenAPI api) {
        return typed(api.getComponents() == null ? null : api.getComponents().getSchemas());
    }

    /**
     * A copy of a swagger-models schema map (declared with the raw {@code Schema}) typed as
     * {@code Schema<?>}, so callers need no raw type; {@code null} (nothing declared) is empty.
     */
    static Map<String, Schema<?>> typed(Map<String, ?> schemas) {
        Map<String, Schema<?>> typed = new LinkedHashMap<>();
        if (schemas != null) {
            schemas.forEach((name, schema) -> typed.put(name, (Schema<?>) schema));
        }
        return typed;
    }

    /** The variants of a component's {@code oneOf} ({@code $ref}s only), in spec order. */
    static List<Variant> variants(OpenAPI api, Schema<?> union) {
        List<Variant> variants = new ArrayList<>();
        if (union == null || union.getOneOf() == null) {
            return variants;
        }
        for (Schema<?> branch : union.getOneOf()) {
            if (branch.get$ref() == null) {
                continue;
            }
            String name = refName(branch.get$ref());
            variants.add(new Variant(name, typeValue(schemas(api).get(name))));
        }
        return variants;
    }

    static List<Variant> elementVariants(OpenAPI api) {
        return variants(api, schemas(api).get(ELEMENT_UNION));
    }

    private static Optional<String> typeValue(Schema<?> variant) {
        if (variant == null || variant.getProperties() == null) {
            return Optional.empty();
        }
        Schema<?> type = variant.getProperties().get("type");
        return type != null && type.getEnum() != null && type.getEnum().size() == 1
                ? Optional.of(String.valueOf(type.getEnum().get(0)))
                : Optional.empty();
    }
}
