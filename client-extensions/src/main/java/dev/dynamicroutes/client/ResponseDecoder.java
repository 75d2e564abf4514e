package dev.dynamicroutes.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteDecodeException;
import dev.dynamicroutes.error.ApiResponseException;
import dev.dynamicroutes.error.InvalidResponseException;
import dev.dynamicroutes.generated.model.ApiResponse;
import dev.dynamicroutes.generated.model.ListRoutesResponseDto;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.Types;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a 2xx body into the generated {@link ListRoutesResponseDto}, wrapped in the generated
 * {@link ApiResponse} so that status and headers (the {@code cf-ray}) stay available. Everything
 * that is not a successful, well-formed result becomes a typed exception: an empty or non-JSON
 * body, malformed JSON or wrong JSON types ({@link InvalidResponseException} with the JSON path),
 * and {@code "success": false} ({@link ApiResponseException} with the {@code errors} list).
 * Feign wraps what a decoder throws in its {@code DecodeException}; the client unwraps it.
 */
final class ResponseDecoder implements Decoder {

    /** Bytes of the body kept for the excerpt in exceptions. */
    static final int EXCERPT_BYTES = 4 * Exchanges.EXCERPT_CHARS;
    /** Characters kept of a problem description (a parser message may quote a long token). */
    static final int MAX_PROBLEM_CHARS = 500;

    private final ObjectMapper mapper;
    private final ServerText text;

    ResponseDecoder(ObjectMapper mapper, ServerText text) {
        this.mapper = mapper;
        this.text = text;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        ListRoutesResponseDto value = decodeListRoutes(response);
        Class<?> raw = Types.getRawType(type);
        // the client calls only listRoutesWithHttpInfo, whose return type is ApiResponse<ListRoutesResponseDto>
        if (raw == ApiResponse.class) {
            return new ApiResponse<>(response.status(), response.headers(), value);
        }
        throw new IllegalStateException("no decoding for " + type);
    }

    private ListRoutesResponseDto decodeListRoutes(Response response) throws IOException {
        // without a content-type the body itself decides
        String contentType = Exchanges.header(response.headers(), "content-type");
        if (contentType != null && !Exchanges.isJson(contentType)) {
            byte[] start = Exchanges.readBody(response, EXCERPT_BYTES);
            throw invalid(response, start, "body is not JSON (content-type " + contentType + ")", null, null);
        }
        // bound straight from the stream in one pass, no intermediate tree (the mapper's read
        // constraints bound its size); only the first bytes are kept, for the excerpt in an exception
        Envelope envelope;
        PrefixCapturingInputStream body;
        try {
            body = new PrefixCapturingInputStream(
                    response.body() == null
                            ? InputStream.nullInputStream()
                            : response.body().asInputStream(),
                    EXCERPT_BYTES);
        } catch (IOException e) {
            throw readFailure(response, null, e);
        } catch (RuntimeException e) {
            throw invalid(response, new byte[0], "malformed JSON: " + e.getMessage(), null, e);
        }
        try (body;
                JsonParser parser = mapper.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw invalid(response, body.prefix(), "empty body", null, null);
            }
            if (first != JsonToken.START_OBJECT) {
                throw invalid(response, body.prefix(), "body is not a JSON object", "$", null);
            }
            // content after the object fails here too: the mapper refuses trailing tokens (RouteJson)
            envelope = mapper.readValue(parser, Envelope.class);
        } catch (JsonProcessingException e) {
            IOException streamFailure = body.readFailure();
            if (streamFailure != null) {
                // the body's stream failed (a broken connection, a timeout, corrupt compression) while Jackson
                // was inside a collection, e.g. routes[3]: Jackson wraps the IOException in a mapping exception,
                // but the cause is the stream, not the JSON
                throw readFailure(response, body, streamFailure);
            }
            if (e.getCause() instanceof RouteDecodeException route) {
                // a route that cannot be typed (Jackson wraps it): its location comes as values from the decoder
                throw invalid(
                        response,
                        body.prefix(),
                        "route could not be decoded: " + route.getMessage(),
                        route.jsonPath(),
                        route);
            }
            // while binding, Jackson wraps a syntax error (or a read limit) in a mapping exception with the path
            Throwable syntax = isSyntax(e) ? e : isSyntax(e.getCause()) ? e.getCause() : null;
            // for a syntax error the parser's position is more precise than the mapping path
            String syntaxPath = pathOf(syntax);
            String path = syntaxPath != null ? syntaxPath : pathOf(e);
            throw invalid(
                    response,
                    body.prefix(),
                    (syntax != null ? "malformed JSON: " : "unexpected JSON: ") + e.getOriginalMessage(),
                    path,
                    e);
        } catch (InvalidResponseException e) {
            throw e;
        } catch (RouteDecodeException e) {
            // the same, when no Jackson layer wrapped it
            throw invalid(response, body.prefix(), "route could not be decoded: " + e.getMessage(), e.jsonPath(), e);
        } catch (RuntimeException e) {
            // Jackson lets a few number failures through unwrapped, e.g. a NumberFormatException for
            // 123e5678901234567890 (found by ResponseDecodingFuzzTest; the input is in its seed corpus)
            throw invalid(response, body.prefix(), "malformed JSON: " + e.getMessage(), null, e);
        } catch (IOException e) {
            // outside a collection Jackson lets a failing read through as it is, so e is what the stream threw
            // (or, with no stream failure, the parser's own, e.g. invalid UTF-32)
            throw readFailure(response, body, e);
        }
        byte[] start = body.prefix();
        if (envelope.success == null || !envelope.success.isBoolean()) {
            throw invalid(response, start, "missing or non-boolean \"success\"", "$.success", null);
        }
        if (!envelope.success.booleanValue()) {
            ObjectNode withErrors = mapper.createObjectNode();
            withErrors.set("errors", envelope.errors);
            throw Exchanges.failure(response, Exchanges.errorsOf(withErrors, text), start, cut(body), text)
                    .problem("\"success\": false")
                    .build();
        }
        if (envelope.data == null) {
            throw invalid(response, start, "missing or non-object \"data\"", "$.data", null);
        }
        if (envelope.data.routes == null) {
            throw invalid(response, start, "missing or non-array \"routes\"", "$.data.routes", null);
        }
        return new ListRoutesResponseDto().success(true).data(new RoutesPageSeen(envelope.data, envelope.data.routes));
    }

    /**
     * The exception for an {@link IOException} while reading the body: a broken connection (or a timeout
     * or interrupt ending the read) is retried like a connection failure; bytes that arrived but cannot
     * be read (corrupt compression, invalid UTF-32) are an invalid response.
     *
     * @param failure what the body's stream threw ({@code body} may have recorded it) or the parser threw
     */
    private RuntimeException readFailure(
            Response response, @Nullable PrefixCapturingInputStream body, IOException failure) {
        if (body == null || !body.connectionFailed() || failure instanceof ContentDecoding.ContentDecodingException) {
            // e.g. invalid UTF-32 (CharConversionException; found by ResponseDecodingFuzzTest, the input is
            // in its seed corpus) or a corrupt gzip stream
            return invalid(
                    response,
                    body == null ? new byte[0] : body.prefix(),
                    "unreadable body: " + failure.getMessage(),
                    null,
                    failure);
        }
        // BackoffRetryer turns it into ApiConnectionException / ApiTimeoutException when retries run out
        Request request = response.request();
        return new RetryableException(
                response.status(),
                "connection failed while reading the body: " + failure.getMessage(),
                request.httpMethod(),
                failure,
                (Long) null,
                request);
    }

    private static boolean isSyntax(@Nullable Throwable e) {
        return e instanceof StreamReadException || e instanceof StreamConstraintsException;
    }

    /**
     * The top level of a 2xx body. {@code success} and {@code errors} stay JSON so that a non-boolean
     * {@code success} is caught rather than coerced; {@code data} binds straight into the generated
     * model.
     */
    static final class Envelope {
        // bound by Jackson: null when the body leaves a field out, which the decoder reports
        @JsonProperty("success")
        @Nullable
        JsonNode success;

        @JsonProperty("errors")
        @Nullable
        JsonNode errors;

        @JsonProperty("data")
        @Nullable
        PageData data;
    }

    /** The page fields; {@code routes} bind straight into typed {@link Route}s (no generated route models). */
    static final class PageData {
        // bound by Jackson: null when the body leaves a field out
        @JsonProperty("order_by")
        @Nullable
        String orderBy;

        @JsonProperty("order_by_direction")
        @Nullable
        String orderByDirection;

        @JsonProperty("page")
        @Nullable
        BigDecimal page;

        @JsonProperty("per_page")
        @Nullable
        BigDecimal perPage;

        @JsonProperty("routes")
        @Nullable
        List<Route> routes;
    }

    /**
     * The generated page model carrying the typed routes beside it (its own {@code routes} stay
     * empty): keeps the Feign method's generated return type while the routes are decoded once, typed.
     */
    static final class RoutesPageSeen extends dev.dynamicroutes.generated.model.RoutesPageDto {
        private final List<Route> typedRoutes;

        RoutesPageSeen(PageData data, List<Route> routes) {
            this.typedRoutes = routes;
            setOrderBy(data.orderBy);
            setOrderByDirection(data.orderByDirection);
            setPage(data.page);
            setPerPage(data.perPage);
        }

        List<Route> typedRoutes() {
            return typedRoutes;
        }

        @Override
        public boolean equals(Object o) {
            return super.equals(o) && typedRoutes.equals(((RoutesPageSeen) o).typedRoutes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(super.hashCode(), typedRoutes);
        }
    }

    /** The problem text may quote the body (Jackson does), so it is cleaned like any server text. */
    private InvalidResponseException invalid(
            Response response, byte[] body, String problem, @Nullable String jsonPath, @Nullable Throwable cause) {
        return Exchanges.failure(response, List.of(), body, body.length >= EXCERPT_BYTES, text)
                .cause(cause)
                .buildInvalidResponse(
                        text.clean(problem, MAX_PROBLEM_CHARS), text.cleanIfPresent(jsonPath, MAX_PROBLEM_CHARS));
    }

    private static boolean cut(PrefixCapturingInputStream body) {
        return body.bytesRead() > body.prefix().length;
    }

    /**
     * The JSON path of a Jackson failure: the mapping path when it has one, else the parser's position;
     * null when neither is known (a read limit reports no position) or there is no failure.
     */
    static @Nullable String pathOf(@Nullable Throwable e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder("$");
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append('.').append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        if (e instanceof StreamReadException read) {
            JsonParser parser = read.getProcessor();
            if (parser != null) {
                return fromPointer(parser.getParsingContext().pathAsPointer());
            }
        }
        return null;
    }

    private static String fromPointer(JsonPointer pointer) {
        StringBuilder path = new StringBuilder("$");
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.getMatchingIndex() >= 0) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                path.append('.').append(p.getMatchingProperty());
            }
        }
        return path.toString();
    }
}
