package dev.dynamicroutes.spec;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Locale;
import java.util.Map;

/**
 * The Java names OpenAPI Generator gives this spec's parts, with generated-client/pom.xml's options
 * (modelNameSuffix {@code Dto}, nameMappings {@code true=onTrue,false=onFalse}, dateLibrary java8), so
 * that a spec change can be reported as the Java signatures it changes. The one place that knows them.
 *
 * <pre>{@code
 * GeneratedJava.getter("RoutesPage", "order_by_direction", schema) // "String RoutesPageDto.getOrderByDirection()"
 * }</pre>
 */
final class GeneratedJava {

    static final String MODEL_SUFFIX = "Dto";
    static final String API_CLASS = "DynamicRoutesApi";
    private static final Map<String, String> NAME_MAPPINGS = Map.of("true", "onTrue", "false", "onFalse");

    private GeneratedJava() {}

    static String modelClass(String schemaName) {
        return schemaName + MODEL_SUFFIX;
    }

    /** {@code order_by_direction} → {@code orderByDirection}; {@code true} → {@code onTrue}. */
    static String propertyName(String wireName) {
        String mapped = NAME_MAPPINGS.get(wireName);
        if (mapped != null) {
            return mapped;
        }
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (int i = 0; i < wireName.length(); i++) {
            char c = wireName.charAt(i);
            if (c == '_' || c == '-' || c == '.' || c == ' ') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.length() == 0 ? wireName : Character.toLowerCase(out.charAt(0)) + out.substring(1);
    }

    static String pascal(String wireName) {
        String camel = propertyName(wireName);
        return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }

    /** The getter a model class has for a property, with its return type. */
    static String getter(String ownerClass, String wireName, Schema<?> schema) {
        return javaType(ownerClass, wireName, schema) + " " + ownerClass + ".get" + pascal(wireName) + "()";
    }

    /** The enum constant the generator makes of a string value: {@code cost} → {@code COST}. */
    static String enumConstant(Object value) {
        return String.valueOf(value).replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
    }

    static String enumClass(String ownerClass, String wireName) {
        return ownerClass + "." + pascal(wireName) + "Enum";
    }

    /** The Java type the generator uses for a property of {@code ownerClass} (for messages, simple names). */
    static String javaType(String ownerClass, String wireName, Schema<?> schema) {
        if (schema == null) {
            return "Object";
        }
        if (schema.get$ref() != null) {
            return modelClass(SpecModel.refName(schema.get$ref()));
        }
        String type = SpecModel.type(schema);
        if (type == null) {
            return "Object";
        }
        switch (type) {
            case "string" -> {
                if (schema.getEnum() != null) {
                    return pascal(wireName) + "Enum";
                }
                if ("date-time".equals(schema.getFormat())) {
                    return "OffsetDateTime";
                }
                return "date".equals(schema.getFormat()) ? "LocalDate" : "String";
            }
            case "number" -> {
                return "float".equals(schema.getFormat())
                        ? "Float"
                        : "double".equals(schema.getFormat()) ? "Double" : "BigDecimal";
            }
            case "integer" -> {
                return "int64".equals(schema.getFormat()) ? "Long" : "Integer";
            }
            case "boolean" -> {
                return "Boolean";
            }
            case "array" -> {
                return "List<" + itemType(ownerClass, wireName, schema.getItems()) + ">";
            }
            case "object" -> {
                if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                    return "Map<String, " + javaType(ownerClass, wireName, values) + ">";
                }
                return schema.getProperties() == null ? "Object" : inlineClass(ownerClass, wireName, false);
            }
            default -> {
                return "Object";
            }
        }
    }

    private static String itemType(String ownerClass, String wireName, Schema<?> items) {
        if (items != null
                && items.get$ref() == null
                && "object".equals(SpecModel.type(items))
                && items.getProperties() != null) {
            return inlineClass(ownerClass, wireName, true);
        }
        return javaType(ownerClass, wireName, items);
    }

    /** An inline object schema becomes its own class: {@code ListRoutesBadRequestDto.errors[]} → {@code ListRoutesBadRequestErrorsInnerDto}. */
    static String inlineClass(String ownerClass, String wireName, boolean arrayItem) {
        String owner = ownerClass.endsWith(MODEL_SUFFIX)
                ? ownerClass.substring(0, ownerClass.length() - MODEL_SUFFIX.length())
                : ownerClass;
        return owner + pascal(wireName) + (arrayItem ? "Inner" : "") + MODEL_SUFFIX;
    }

    /** The fluent setter of the generated query-parameter object: {@code DynamicRoutesApi.ListRoutesQueryParams.orderBy(String)}. */
    static String queryParamSetter(String operationId, String name, Schema<?> schema) {
        return API_CLASS + "." + pascal(operationId) + "QueryParams." + propertyName(name) + "("
                + javaType(API_CLASS, name, schema) + ")";
    }

    /** The positional form of a generated operation method: its parameter list changes with every parameter. */
    static String positionalMethod(String operationId) {
        return API_CLASS + "." + operationId + "(…positional parameters…)";
    }
}
