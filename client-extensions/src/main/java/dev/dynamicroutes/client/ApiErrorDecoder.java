package dev.dynamicroutes.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamicroutes.error.ApiResponseException;
import dev.dynamicroutes.error.AuthenticationException;
import dev.dynamicroutes.error.BadRequestException;
import dev.dynamicroutes.error.ConflictException;
import dev.dynamicroutes.error.NotFoundException;
import dev.dynamicroutes.error.PermissionDeniedException;
import dev.dynamicroutes.error.RateLimitException;
import dev.dynamicroutes.error.ResponseDetails;
import dev.dynamicroutes.error.ServerException;
import dev.dynamicroutes.error.UnprocessableEntityException;
import feign.Response;
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
        } catch (IOException e) {
            body = new byte[0]; // the status alone still says what happened
        }
        JsonNode json = Exchanges.tryParse(mapper, body);
        boolean cut = body.length == Exchanges.MAX_ERROR_BODY_BYTES;
        ResponseDetails details = Exchanges.details(response, Exchanges.errorsOf(json, text), body, cut, text);
        Duration serverWait = RetryAfter.parse(response.headers(), clock);
        ApiResponseException failure = typed(details, serverWait);
        if (shouldRetry(response)) {
            return new RetryableFailure(response.status(), failure, serverWait, response.request());
        }
        return failure;
    }

    static ApiResponseException typed(ResponseDetails details, Duration serverWait) {
        int status = details.status();
        switch (status) {
            case 400:
                return new BadRequestException(details);
            case 401:
                return new AuthenticationException(details);
            case 403:
                return new PermissionDeniedException(details);
            case 404:
                return new NotFoundException(details);
            case 409:
                return new ConflictException(details);
            case 422:
                return new UnprocessableEntityException(details);
            case 429:
                return new RateLimitException(details, serverWait);
            default:
                // only a real 5xx is a server error; anything outside 100-599 is a response problem
                if (status >= 500 && status <= 599) {
                    return new ServerException(details);
                }
                if (status >= 300 && status < 400) {
                    return new ApiResponseException(
                            details, "redirect not followed (credentials are never sent to a redirect target)", null);
                }
                return new ApiResponseException(details);
        }
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
