package dev.dynamicroutes.contract.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dynamicroutes.contract.ContractNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The named response examples of the api-spec document's routes operation, read from the published
 * artifact ({@value ContractNames#SPEC_RESOURCE}). The document is plain YAML; the only indirection
 * followed is a response {@code $ref} to {@code #/components/responses/...} (the common error envelope).
 *
 * <pre>{@code
 * JsonNode page = SpecExamples.fromPublishedSpec().example(200, "allElementTypes");
 * }</pre>
 */
final class SpecExamples {

    private static final String OPERATION_ID = "listRoutes";

    private final JsonNode document;
    private final JsonNode operation;

    private SpecExamples(JsonNode document) {
        this.document = document;
        this.operation = findOperation(document);
    }

    static SpecExamples fromPublishedSpec() {
        try (InputStream in = SpecExamples.class.getClassLoader().getResourceAsStream(ContractNames.SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + ContractNames.SPEC_RESOURCE + " not found");
            }
            return new SpecExamples(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A deep copy of the example {@code name} of the {@code status} response (callers may change it).
     *
     * @throws IllegalStateException naming the status and example when the spec has no such example
     */
    JsonNode example(int status, String name) {
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        String ref = response.path("$ref").asText(null);
        if (ref != null) {
            response = document.at(ref.substring(1)); // "#/components/responses/X" -> JSON pointer
        }
        JsonNode value = response.path("content")
                .path("application/json")
                .path("examples")
                .path(name)
                .path("value");
        if (value.isMissingNode()) {
            throw new IllegalStateException(
                    "the spec has no example '" + name + "' for status " + status + " of operation " + OPERATION_ID);
        }
        return value.deepCopy();
    }

    /** The path template of the routes operation, e.g. {@code /accounts/{account_id}/...}. */
    String pathTemplate() {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (isTheOperation(path.getValue().path("get"))) {
                return path.getKey();
            }
        }
        throw new IllegalStateException("unreachable: operation found but not its path");
    }

    private static JsonNode findOperation(JsonNode document) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (isTheOperation(get)) {
                return get;
            }
        }
        throw new IllegalStateException("the spec has no GET operation '" + OPERATION_ID + "'");
    }

    private static boolean isTheOperation(JsonNode get) {
        return OPERATION_ID.equals(get.path("operationId").asText());
    }
}
