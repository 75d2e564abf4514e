package dev.dynamicroutes.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.dynamicroutes.error.ApiError;
import dev.dynamicroutes.error.ApiResponseException;
import dev.dynamicroutes.error.RequestDescription;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** Reads what exceptions need from a Feign request/response. Never reads request headers. */
final class Exchanges {

    /** Characters of the body kept in exception messages. */
    static final int EXCERPT_CHARS = 500;
    /** Bytes of an error body read at most (an HTML error page can be large). */
    static final int MAX_ERROR_BODY_BYTES = 64 * 1024;
    /** A real cf-ray is about 20 characters. */
    static final int MAX_CF_RAY_CHARS = 100;
    /** Characters kept of each Cloudflare error message, and how many errors are kept. */
    static final int MAX_ERROR_MESSAGE_CHARS = 500;

    static final int MAX_ERRORS = 10;

    private Exchanges() {}

    /** The first value of a header, any case of its name; Feign's responses always carry a header map. */
    static @Nullable String header(Map<String, Collection<String>> headers, String name) {
        for (Map.Entry<String, Collection<String>> e : headers.entrySet()) {
            if (e.getKey() != null
                    && e.getKey().equalsIgnoreCase(name)
                    && e.getValue() != null
                    && !e.getValue().isEmpty()) {
                return e.getValue().iterator().next();
            }
        }
        return null;
    }

    /** The {@code cf-ray} header, cleaned and bounded: it is server text like any other. */
    static @Nullable String cfRay(Response response, ServerText text) {
        return text.cleanIfPresent(header(response.headers(), "cf-ray"), MAX_CF_RAY_CHARS);
    }

    /** Path and query of the request URL (the base URL's scheme and host left out). */
    static String pathOf(Request request) {
        try {
            URI uri = URI.create(request.url());
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return request.url();
        }
    }

    /** The {@code page} query parameter, or null. */
    static @Nullable Integer pageOf(Request request) {
        try {
            String query = URI.create(request.url()).getRawQuery();
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&", -1)) {
                if (pair.startsWith("page=")) {
                    return Integer.valueOf(pair.substring("page=".length()));
                }
            }
        } catch (IllegalArgumentException e) {
            // not a number or not a URI: no page to report
        }
        return null;
    }

    static byte[] readBody(Response response, int maxBytes) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readNBytes(maxBytes);
        }
    }

    /**
     * The start of the body as text for exceptions: secrets redacted (before cutting), control and
     * format characters neutralised, at most {@link #EXCERPT_CHARS} characters.
     *
     * @param cut whether {@code body} is only the start of a longer body
     */
    static String excerpt(byte[] body, boolean cut, ServerText text) {
        return text.clean(new String(body, StandardCharsets.UTF_8), EXCERPT_CHARS, cut)
                .strip();
    }

    /** Whether a content-type names JSON ({@code application/json}, {@code application/problem+json}, ...). */
    static boolean isJson(String contentType) {
        return contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    /** The Cloudflare {@code errors} list of a JSON body; empty when there is none or it is not JSON. */
    static List<ApiError> errorsOf(@Nullable JsonNode root, ServerText text) {
        List<ApiError> errors = new ArrayList<>();
        // a missing list and a non-list (an object, a string, null) read as an empty list alike
        JsonNode list = root == null ? MissingNode.getInstance() : root.path("errors");
        if (list.isArray()) {
            for (JsonNode e : list) {
                if (errors.size() == MAX_ERRORS) {
                    break;
                }
                JsonNode code = e.path("code");
                OptionalInt c = code.canConvertToInt() && code.isIntegralNumber()
                        ? OptionalInt.of(code.intValue())
                        : OptionalInt.empty();
                JsonNode message = e.path("message");
                // a non-text message as its JSON; a missing one prints as "" (MissingNode.toString())
                String raw = message.isTextual() ? message.asText() : message.toString();
                errors.add(ApiError.of(c.isPresent() ? c.getAsInt() : null, text.clean(raw, MAX_ERROR_MESSAGE_CHARS)));
            }
        }
        return errors;
    }

    /** Parses a body as JSON, or null when it is not JSON (never throws). */
    static @Nullable JsonNode tryParse(ObjectMapper mapper, byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Method, path and page of a request; never its headers. */
    static RequestDescription requestOf(Request request) {
        return RequestDescription.of(request.httpMethod().name(), pathOf(request), pageOf(request));
    }

    /**
     * The facts of a failed response, server text cleaned, ready to build the typed exception.
     *
     * @param body the start of the body (or all of it)
     * @param cut whether {@code body} is only the start of a longer body
     */
    static ApiResponseException.Builder failure(
            Response response, List<ApiError> errors, byte[] body, boolean cut, ServerText text) {
        return ApiResponseException.builder(requestOf(response.request()), response.status())
                .errors(errors)
                .cfRay(cfRay(response, text))
                .bodyExcerpt(excerpt(body, cut, text));
    }
}
