package dev.dynamicroutes.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamicroutes.error.ApiResponseException;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Turns every non-2xx response into the typed exception for its status. When the response may be
 * retried (408, 409, 429, 5xx, or whatever {@code x-should-retry} says) the typed exception is
 * wrapped in a {@link RetryableFailure}, Feign's signal to consult the {@link BackoffRetryer}.
 */
final class ApiErrorDecoder implements ErrorDecoder {

    private final ObjectMapper mapper;
    private final Clock clock;
    private final ServerText text;

    ApiErrorDecoder(ObjectMapper mapper, Clock clock, ServerText text) {
        this.mapper = mapper;
        this.clock = clock;
        this.text = text;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        byte[] body;
        try {
            body = Exchanges.readBody(response, Exchanges.MAX_ERROR_BODY_BYTES);
        } catch (ContentDecoding.ContentDecodingException e) {
            body = new byte[0]; // the bytes arrived but cannot be decoded: the status alone still says what happened
        } catch (IOException e) {
            // the connection broke (or timed out) before the error body was read: reporting the status with
            // an empty errors list would hide the server's errors (ReadmeExamplesTest saw "[]" for a 404
            // once), so it is a connection failure, retried like one
            Request request = response.request();
            return new RetryableException(
                    response.status(),
                    "connection failed while reading the body of an HTTP " + response.status() + " response: "
                            + e.getMessage(),
                    request.httpMethod(),
                    e,
                    (Long) null,
                    request);
        }
        JsonNode json = Exchanges.tryParse(mapper, body);
        boolean cut = body.length == Exchanges.MAX_ERROR_BODY_BYTES;
        Duration serverWait = RetryAfter.parse(response.headers(), clock);
        ApiResponseException failure = Exchanges.failure(response, Exchanges.errorsOf(json, text), body, cut, text)
                .retryAfter(serverWait)
                .build();
        if (shouldRetry(response)) {
            return new RetryableFailure(response.status(), failure, serverWait, response.request());
        }
        return failure;
    }

    /** The server's {@code x-should-retry} wins; otherwise the statuses Cloudflare's own SDKs retry. */
    static boolean shouldRetry(Response response) {
        int status = response.status();
        if (status < 100 || status > 599) {
            return false; // not HTTP: no header of such a response is trusted to ask for a retry
        }
        String should = Exchanges.header(response.headers(), "x-should-retry");
        if (should != null) {
            String v = should.trim().toLowerCase(Locale.ROOT);
            if (v.equals("true")) {
                return true;
            }
            if (v.equals("false")) {
                return false;
            }
        }
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }
}
