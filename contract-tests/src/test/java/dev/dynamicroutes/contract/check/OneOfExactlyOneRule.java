package dev.dynamicroutes.contract.check;

import com.atlassian.oai.validator.interaction.response.CustomResponseValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every JSON value that the response schema types as a {@code oneOf} (here: each item of a route's
 * {@code elements}) must match exactly one branch. The spec's {@code RouteElement} has no
 * {@code discriminator}, so the variant is decided by which branch the item validates against;
 * an item matching none (an unknown {@code type}) or several (an ambiguous spec) is reported with its
 * JSON pointer and the branches it matched. The walk follows the response schema through objects,
 * maps ({@code additionalProperties}) and arrays, and continues inside the one matching branch.
 */
final class OneOfExactlyOneRule implements CustomResponseValidator {

    static final String KEY = "contract.response.oneOf";
    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    private static final String RESPONSE_REF_PREFIX = "#/components/responses/";

    private final OpenAPI api;
    private final SchemaValidator schemaValidator;

    /**
     * @param specYaml the OpenAPI document; parsed twice: resolved for the library's schema validator,
     *                 and unresolved for the walk, which needs the {@code $ref}s to name the branches
     */
    OneOfExactlyOneRule(String specYaml) {
        this.api = parse(specYaml, false);
        this.schemaValidator = new SchemaValidator(parse(specYaml, true), new MessageResolver());
    }

    private static OpenAPI parse(String specYaml, boolean resolve) {
        ParseOptions options = new ParseOptions();
        options.setResolve(resolve);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(specYaml, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("the OpenAPI document does not parse: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    @Override
    public ValidationReport validate(Response response, ApiOperation operation) {
        Schema<?> schema = jsonSchemaFor(operation, response.getStatus());
        Optional<Body> responseBody = response.getResponseBody().filter(Body::hasBody);
        if (schema == null || responseBody.isEmpty()) {
            return ValidationReport.empty(); // no body or no JSON schema for this status: the validator reports that
        }
        JsonNode body;
        try {
            body = responseBody.get().toJsonNode();
        } catch (IOException e) {
            return ValidationReport.empty(); // unparsable JSON is reported by the validator's schema check
        }
        List<String> problems = new ArrayList<>();
        walk(body, schema, "", problems);
        return ValidationReport.from(problems.stream()
                .map(p -> ValidationReport.Message.create(KEY, p).build())
                .collect(Collectors.toList()));
    }

    private Schema<?> jsonSchemaFor(ApiOperation operation, int status) {
        // the operation handed in comes from the validator's own (ref-inlined) model: look it up in ours
        PathItem path = api.getPaths().get(operation.getApiPath().original());
        Operation own = path == null ? null : path.readOperationsMap().get(operation.getMethod());
        var responses = own == null ? null : own.getResponses();
        if (responses == null) {
            return null;
        }
        ApiResponse definition = responses.get(String.valueOf(status));
        if (definition == null) {
            definition = responses.get(String.valueOf(status).charAt(0) + "XX");
        }
        if (definition == null) {
            definition = responses.get(ApiResponses.DEFAULT);
        }
        if (definition != null && definition.get$ref() != null) {
            definition = api.getComponents()
                    .getResponses()
                    .get(definition.get$ref().substring(RESPONSE_REF_PREFIX.length()));
        }
        if (definition == null || definition.getContent() == null) {
            return null;
        }
        MediaType json = definition.getContent().get("application/json");
        return json == null ? null : json.getSchema();
    }

    private void walk(JsonNode node, Schema<?> declared, String pointer, List<String> problems) {
        Schema<?> schema = deref(declared);
        if (schema == null || node == null || node.isNull()) {
            return;
        }
        // swagger-models declares oneOf and properties with the raw Schema type; read them as Schema<?>
        List<Schema<?>> branches = schema.getOneOf() == null
                ? List.of()
                : schema.getOneOf().stream().<Schema<?>>map(branch -> branch).toList();
        if (!branches.isEmpty()) {
            List<String> matched = new ArrayList<>();
            Schema<?> onlyMatch = null;
            for (Schema<?> branch : branches) {
                if (!schemaValidator.validate(() -> node, branch, KEY).hasErrors()) {
                    matched.add(nameOf(branch));
                    onlyMatch = branch;
                }
            }
            if (matched.size() == 1) {
                walk(node, onlyMatch, pointer, problems);
            } else {
                problems.add(String.format(
                        "%s matches %s of the oneOf variants %s; exactly one expected. Value: %s",
                        pointer.isEmpty() ? "/" : pointer,
                        matched.isEmpty() ? "none" : matched.size() + " " + matched,
                        branches.stream().map(this::nameOf).collect(Collectors.toList()),
                        abbreviated(node)));
            }
            return;
        }
        if (node.isObject()) {
            Map<String, ?> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                Schema<?> child = (Schema<?>) properties.get(field.getKey());
                if (child == null && schema.getAdditionalProperties() instanceof Schema<?> additional) {
                    child = additional;
                }
                if (child != null) {
                    walk(field.getValue(), child, pointer + "/" + escape(field.getKey()), problems);
                }
            }
        } else if (node.isArray() && schema.getItems() != null) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), schema.getItems(), pointer + "/" + i, problems);
            }
        }
    }

    private Schema<?> deref(Schema<?> schema) {
        Schema<?> current = schema;
        for (int hops = 0; current != null && current.get$ref() != null; hops++) {
            if (hops > 20) {
                throw new IllegalStateException("$ref cycle at " + schema.get$ref());
            }
            current = api.getComponents().getSchemas().get(current.get$ref().substring(SCHEMA_REF_PREFIX.length()));
        }
        return current;
    }

    /** The component name of a branch: its {@code $ref}, or (once the parser has inlined it) the component it equals. */
    private String nameOf(Schema<?> branch) {
        String ref = branch.get$ref();
        if (ref != null) {
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        // a loop, not a stream: a lambda over the raw-typed schema map is itself a raw-type warning
        for (Map.Entry<String, ?> component : api.getComponents().getSchemas().entrySet()) {
            if (component.getValue().equals(branch)) {
                return component.getKey();
            }
        }
        return branch.getTitle() != null ? branch.getTitle() : "<inline schema>";
    }

    private static String abbreviated(JsonNode node) {
        String json = node.toString();
        return json.length() <= 200 ? json : json.substring(0, 200) + "...";
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
