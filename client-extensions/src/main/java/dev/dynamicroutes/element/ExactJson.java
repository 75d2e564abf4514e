package dev.dynamicroutes.element;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reading and writing JSON values exactly, whatever the {@code ObjectMapper}'s settings: numbers
 * never pass through {@code double} (integers stay integers, decimals keep their digits and scale),
 * so free-form and unknown JSON is written back as it came, and typed numbers are exact. A number
 * that cannot be held (an exponent beyond {@link BigDecimal}'s range) is a located
 * {@link RouteDecodeException}, not a parser failure at a vague position.
 */
final class ExactJson {

    /** The prefix of a route's own fields (none). */
    static final Object[] TOP = new Object[0];

    // exact decimals without a mapper (JsonNodeFeature, the replacement, is a mapper setting); kept in 2.x
    @SuppressWarnings("deprecation")
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ExactJson() {}

    /** The value whose first token is current, as a tree; the parser ends on its last token. */
    static JsonNode readTree(JsonParser p, Where at) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    p.nextToken();
                    object.set(name, readTree(p, at));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readTree(p, at));
                }
                return array;
            }
            case VALUE_STRING -> {
                return TextNode.valueOf(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> IntNode.valueOf(p.getIntValue());
                    case LONG -> LongNode.valueOf(p.getLongValue());
                    default -> BigIntegerNode.valueOf(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return DecimalNode.valueOf(decimalValue(p, at));
            }
            case VALUE_TRUE -> {
                return BooleanNode.TRUE;
            }
            case VALUE_FALSE -> {
                return BooleanNode.FALSE;
            }
            case VALUE_NULL -> {
                return NullNode.getInstance();
            }
            default -> throw at.location().problemAtParser(p, "unexpected JSON token " + token, null);
        }
    }

    /** The current number token as an exact decimal. */
    static BigDecimal decimalValue(JsonParser p, Where at) throws IOException {
        try {
            return p.getDecimalValue();
        } catch (StreamConstraintsException e) {
            throw e; // a read limit (too many digits): the mapper's configured bound, reported as such
        } catch (StreamReadException | NumberFormatException | ArithmeticException e) {
            throw at.location().problemAtParser(p, "number out of range: " + abbreviated(p.getText()), e);
        }
    }

    /** Reads the current value as a string: {@code null} for JSON null, a located problem for anything else. */
    static @Nullable String stringOrNull(JsonParser p, Location at, Object[] prefix, String name) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw at.problem("must be a string, was " + describe(t), Location.concat(prefix, name));
    }

    /** Reads the current value as a boolean: {@code null} for JSON null, a located problem otherwise. */
    static @Nullable Boolean booleanOrNull(JsonParser p, Location at, Object[] prefix, String name) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw at.problem("must be a boolean, was " + describe(t), Location.concat(prefix, name));
    }

    /** Fails unless the current token opens an object; false for JSON null. */
    static boolean objectOrNull(JsonParser p, Location at, Object[] prefix, String name) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return true;
        }
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        throw at.problem("must be an object, was " + describe(t), Location.concat(prefix, name));
    }

    static String describe(@Nullable JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }

    /** Writes a tree as is (its numbers exact), independently of the generator's codec. */
    static void write(JsonGenerator g, SerializerProvider provider, JsonNode node) throws IOException {
        node.serialize(g, provider);
    }

    /** Writes each entry as a field of the object being written. */
    static void writeFields(JsonGenerator g, SerializerProvider provider, Map<String, JsonNode> fields)
            throws IOException {
        for (Map.Entry<String, JsonNode> field : fields.entrySet()) {
            g.writeFieldName(field.getKey());
            write(g, provider, field.getValue());
        }
    }

    /**
     * A read-only view of caller-supplied JSON fields: each value deep-copied so later changes to the
     * caller's nodes do not reach the value, order kept.
     */
    static Map<String, JsonNode> copyOf(Map<String, ? extends JsonNode> fields) {
        if (fields.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>(fields.size() * 2);
        fields.forEach((name, value) -> copy.put(
                java.util.Objects.requireNonNull(name, "field name"),
                java.util.Objects.requireNonNull(value, "value of " + name).deepCopy()));
        return Collections.unmodifiableMap(copy);
    }
}
