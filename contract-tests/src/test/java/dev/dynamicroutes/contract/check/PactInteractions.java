package dev.dynamicroutes.contract.check;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads the HTTP interactions of a Pact V4 file (plain JSON, read with Jackson) and turns each one
 * into the request/response pair the OpenAPI validator understands. This is the small glue that
 * replaces {@code swagger-request-validator-pact}, whose Pact JVM 4.6 build does not run beside 4.7.
 *
 * <p>The pact holds the consumer's example values (the ones its matchers were built from), so the
 * spec is checked against concrete JSON that the consumer declared acceptable.
 */
final class PactInteractions {

    /** One synchronous HTTP interaction of a pact, ready for validation. */
    record Interaction(String name, SimpleRequest request, SimpleResponse response) {}

    /** Thrown for a pact file this glue cannot read; names the file and the interaction. */
    static final class UnreadablePactException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadablePactException(String message) {
            super(message);
        }
    }

    private PactInteractions() {}

    static List<Interaction> read(JsonNode pact, String source) {
        JsonNode interactions = pact.path("interactions");
        if (!interactions.isArray()) {
            throw new UnreadablePactException(source + ": no 'interactions' array; is this a pact file?");
        }
        List<Interaction> result = new ArrayList<>();
        for (JsonNode interaction : interactions) {
            String name = nameOf(interaction);
            String type = interaction.path("type").asText("Synchronous/HTTP");
            if (!"Synchronous/HTTP".equals(type)) {
                throw new UnreadablePactException(source + ": interaction '" + name + "' is of type '" + type
                        + "'; only HTTP interactions are expected");
            }
            result.add(new Interaction(
                    name,
                    request(interaction.path("request"), source, name),
                    response(interaction.path("response"), source, name)));
        }
        return result;
    }

    /** Description plus provider states, so a report says exactly which interaction disagrees. */
    static String nameOf(JsonNode interaction) {
        StringBuilder name = new StringBuilder(interaction.path("description").asText("<no description>"));
        for (JsonNode state : interaction.path("providerStates")) {
            name.append(" [given: ").append(state.path("name").asText()).append(']');
        }
        return name.toString();
    }

    private static SimpleRequest request(JsonNode request, String source, String name) {
        String method = request.path("method").asText("");
        String path = request.path("path").asText("");
        if (method.isEmpty() || path.isEmpty()) {
            throw new UnreadablePactException(
                    source + ": interaction '" + name + "' has a request without method or path");
        }
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method.toUpperCase(java.util.Locale.ROOT), path);
        forEachMultiValue(request.path("query"), builder::withQueryParam);
        forEachMultiValue(request.path("headers"), builder::withHeader);
        String body = bodyText(request.path("body"));
        if (body != null) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static SimpleResponse response(JsonNode response, String source, String name) {
        if (!response.path("status").canConvertToInt()) {
            throw new UnreadablePactException(source + ": interaction '" + name + "' has a response without a status");
        }
        SimpleResponse.Builder builder =
                SimpleResponse.Builder.status(response.path("status").asInt());
        forEachMultiValue(response.path("headers"), builder::withHeader);
        String body = bodyText(response.path("body"));
        if (body != null) {
            builder.withBody(body);
        }
        return builder.build();
    }

    /** V4 stores headers and query values as arrays; older files use plain strings. Both are accepted. */
    private static void forEachMultiValue(JsonNode map, BiConsumer<String, List<String>> sink) {
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            List<String> values = new ArrayList<>();
            if (entry.getValue().isArray()) {
                entry.getValue().forEach(v -> values.add(v.asText()));
            } else {
                values.add(entry.getValue().asText());
            }
            sink.accept(entry.getKey(), values);
        }
    }

    /** V4 body: {@code {"content": ..., "contentType": ..., "encoded": false | "base64"}}. */
    private static String bodyText(JsonNode body) {
        if (body.isMissingNode() || body.isNull()) {
            return null;
        }
        JsonNode content = body.has("content") ? body.get("content") : body;
        if (content.isTextual()) {
            String encoded = body.path("encoded").asText("false");
            if ("base64".equalsIgnoreCase(encoded)) {
                return new String(Base64.getDecoder().decode(content.asText()), StandardCharsets.UTF_8);
            }
            return content.asText();
        }
        return content.toString();
    }
}
