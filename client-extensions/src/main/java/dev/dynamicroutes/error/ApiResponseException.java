package dev.dynamicroutes.error;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The API answered, but not with a usable result: a non-2xx status, a 2xx with
 * {@code "success": false}, or a body that is not the expected JSON. Subclasses name the status
 * family ({@link NotFoundException}, {@link RateLimitException}, …); this class itself is thrown
 * for statuses without a subclass (e.g. a 3xx redirect, which is never followed, or a 405) and
 * for a 200 with {@code "success": false}.
 *
 * <pre>{@code
 * try {
 *   client.listRoutes(accountId, gatewayId, 1, 50);
 * } catch (NotFoundException e) {
 *   // unknown account or gateway
 * } catch (ApiResponseException e) {
 *   log.warn("HTTP {} cf-ray {}: {}", e.statusCode(), e.cfRay().orElse("-"), e.errors());
 * }
 * }</pre>
 */
public sealed class ApiResponseException extends DynamicRoutesException
        permits BadRequestException,
                AuthenticationException,
                PermissionDeniedException,
                NotFoundException,
                ConflictException,
                UnprocessableEntityException,
                RateLimitException,
                ServerException,
                InvalidResponseException {

    private static final long serialVersionUID = 1L;

    private final transient ResponseDetails details;

    public ApiResponseException(ResponseDetails details) {
        this(details, null, null);
    }

    /**
     * @param details what is known about the response
     * @param problem extra words for the message (e.g. "body is not JSON"), or null
     * @param cause the underlying failure, or null
     */
    public ApiResponseException(ResponseDetails details, String problem, Throwable cause) {
        super(describe(details, problem), cause);
        this.details = details;
    }

    static String describe(ResponseDetails d, String problem) {
        StringBuilder m = new StringBuilder();
        m.append(d.method()).append(' ').append(d.path());
        if (d.page() != null) {
            m.append(" (page ").append(d.page()).append(')');
        }
        m.append(": HTTP ").append(d.status());
        if (problem != null) {
            m.append(", ").append(problem);
        }
        if (!d.errors().isEmpty()) {
            m.append(", errors ").append(d.errors());
        }
        if (d.cfRay() != null) {
            m.append(" [cf-ray ").append(d.cfRay()).append(']');
        }
        if (d.errors().isEmpty() && !d.bodyExcerpt().isEmpty()) {
            m.append(", body: ").append(d.bodyExcerpt());
        }
        return m.toString();
    }

    /** Everything known about the response, as one value. */
    public ResponseDetails details() {
        return details;
    }

    /** HTTP status code. */
    public int statusCode() {
        return details.status();
    }

    /** The Cloudflare {@code errors} list, empty when the body had none (or was not JSON). */
    public List<ApiError> errors() {
        return details.errors();
    }

    /** The {@code cf-ray} response header, to quote to Cloudflare support. */
    public Optional<String> cfRay() {
        return details.cfRayId();
    }

    /** HTTP method of the request. */
    public String method() {
        return details.method();
    }

    /** Path and query of the request (never credentials). */
    public String path() {
        return details.path();
    }

    /** The page that was requested, empty when the request had no {@code page} parameter. */
    public OptionalInt page() {
        return details.requestedPage();
    }

    /** The first characters of the response body, for diagnosis; empty when there was none. */
    public String bodyExcerpt() {
        return details.bodyExcerpt();
    }
}
