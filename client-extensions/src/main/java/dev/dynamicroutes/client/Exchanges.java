package dev.dynamicroutes.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Reads what exceptions need from a Feign request/response. Never reads request headers. */
final class Exchanges {

    /** Characters of the body kept in exception messages. */
    static final int EXCERPT_CHARS = 500;
    /** Bytes of an error body read at most (an HTML error page can be large). */
    static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

    private Exchanges() {}

    static String header(Map<String, Collection<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
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

    static String cfRay(Response response) {
        return header(response.headers(), "cf-ray");
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
    static Integer pageOf(Request request) {
        try {
            String query = URI.create(request.url()).getRawQuery();
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
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

    /** The start of the body as text, control characters replaced, bounded to {@link #EXCERPT_CHARS}. */
    static String excerpt(byte[] body) {
        int len = Math.min(body.length, EXCERPT_CHARS * 4);
        String text = new String(body, 0, len, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(Math.min(text.length(), EXCERPT_CHARS + 3));
        for (int i = 0; i < text.length() && out.length() < EXCERPT_CHARS; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (text.length() > EXCERPT_CHARS || body.length > len) {
            out.append("...");
        }
        return out.toString().strip();
    }

    static boolean isJson(Response response) {
        String type = header(response.headers(), "content-type");
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }

    static String contentType(Response response) {
        String type = header(response.headers(), "content-type");
        return type == null ? "none" : type;
    }

    /** The Cloudflare {@code errors} list of a JSON body; empty when there is none or it is not JSON. */
    static List<ApiError> errorsOf(JsonNode root) {
        List<ApiError> errors = new ArrayList<>();
        if (root == null || !root.path("errors").isArray()) {
            return errors;
        }
        for (JsonNode e : root.path("errors")) {
            JsonNode code = e.path("code");
            OptionalInt c = code.canConvertToInt() && code.isIntegralNumber()
                    ? OptionalInt.of(code.intValue())
                    : OptionalInt.empty();
            JsonNode message = e.path("message");
            errors.add(ApiError.of(
                    c.isPresent() ? c.getAsInt() : null,
                    message.isTextual() ? message.asText() : (message.isMissingNode() ? "" : message.toString())));
        }
        return errors;
    }

    /** Parses a body as JSON, or null when it is not JSON (never throws). */
    static JsonNode tryParse(ObjectMapper mapper, byte[] body) {
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

    /** The facts of a failed response, ready to build the typed exception. */
    static ApiResponseException.Builder failure(Response response, List<ApiError> errors, byte[] body) {
        return ApiResponseException.builder(requestOf(response.request()), response.status())
                .errors(errors)
                .cfRay(cfRay(response))
                .bodyExcerpt(excerpt(body));
    }
}
