package dev.dynamicroutes.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Strict OAS 3.0.3 validation: the document against the official OpenAPI 3.0 JSON Schema (vendored
 * as {@code oas/openapi-3.0-schema.json}, see {@code oas/README.md} for its source), plus the rule
 * that schema's draft-04 cannot express and PactFlow's swagger-mock-validator and Redocly enforce:
 * {@code nullable} only with a {@code type} in the same Schema Object (OAS 3.0.3: "a true value adds
 * null to the allowed types specified by the type keyword, only if type is explicitly defined").
 *
 * <pre>{@code
 * List<String> problems = StrictSpecValidator.problems(yamlText); // empty when strictly valid
 * }</pre>
 */
final class StrictSpecValidator {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Schema OAS_30 = loadOas30Schema();

    private StrictSpecValidator() {}

    /** Every problem as {@code "<JSON pointer>: <what>"}; a document that is not YAML is one problem. */
    static List<String> problems(String yaml) {
        JsonNode document;
        try {
            document = YAML.readTree(yaml);
        } catch (IOException e) {
            return List.of("(document): not readable as YAML: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        OAS_30.validate(document).forEach(error -> problems.add(error.toString()));
        nullableWithoutType(document, problems);
        return problems;
    }

    private static void nullableWithoutType(JsonNode document, List<String> problems) {
        JsonNode components = document.path("components");
        components
                .path("schemas")
                .properties()
                .forEach(e -> schema(e.getValue(), pointer("/components/schemas", e), problems));
        for (String holder : List.of("responses", "parameters", "headers", "requestBodies")) {
            components
                    .path(holder)
                    .properties()
                    .forEach(e -> schemasIn(e.getValue(), pointer("/components/" + holder, e), problems));
        }
        document.path("paths").properties().forEach(e -> schemasIn(e.getValue(), pointer("/paths", e), problems));
    }

    /** Finds the Schema Objects of paths, operations, parameters, responses, headers and media types. */
    private static void schemasIn(JsonNode node, String at, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                schemasIn(node.get(i), at + "/" + i, problems);
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> {
                String child = pointer(at, e);
                if (e.getKey().equals("schema")) {
                    schema(e.getValue(), child, problems);
                } else if (!e.getKey().equals("examples") && !e.getKey().equals("example")) {
                    schemasIn(e.getValue(), child, problems);
                }
            });
        }
    }

    private static void schema(JsonNode schema, String at, List<String> problems) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.path("nullable").asBoolean(false) && !schema.has("type") && !schema.has("$ref")) {
            problems.add(at + ": \"nullable\" cannot be used without \"type\" (OAS 3.0.3, Schema Object)");
        }
        schema.path("properties")
                .properties()
                .forEach(e -> schema(e.getValue(), pointer(at + "/properties", e), problems));
        for (String single : List.of("items", "additionalProperties", "not")) {
            schema(schema.path(single), at + "/" + single, problems);
        }
        for (String list : List.of("allOf", "oneOf", "anyOf")) {
            JsonNode variants = schema.path(list);
            for (int i = 0; i < variants.size(); i++) {
                schema(variants.get(i), at + "/" + list + "/" + i, problems);
            }
        }
    }

    private static String pointer(String at, Map.Entry<String, JsonNode> entry) {
        return at + "/" + entry.getKey().replace("~", "~0").replace("/", "~1");
    }

    private static Schema loadOas30Schema() {
        String resource = "oas/openapi-3.0-schema.json";
        try (InputStream in = StrictSpecValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
