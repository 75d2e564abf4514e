package dev.dynamicroutes.error;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>Instances are made with {@link #builder(RequestDescription, int)}, which picks the subclass for
 * the status (the one place that maps a status to a type), e.g. in a hand-written test double:
 *
 * <pre>{@code
 * throw ApiResponseException.builder(RequestDescription.of("GET", "/routes", null), 404)
 *     .errors(List.of(ApiError.of(7003, "Could not route")))
 *     .build();
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

    private static final long serialVersionUID = 2L;

    /** The request that got this response. */
    private final RequestDescription request;
    /** The HTTP status code. */
    private final int statusCode;
    /** The Cloudflare {@code errors} list. */
    @SuppressWarnings("serial") // always a List.copyOf (the builder's), and ApiError is serializable
    private final List<ApiError> errors;
    /** The {@code cf-ray} header, null when absent. */
    private final @Nullable String cfRay;
    /** The first characters of the body. */
    private final String bodyExcerpt;

    ApiResponseException(Builder b, @Nullable String problem) {
        super(describe(b, problem), b.cause);
        this.request = b.request;
        this.statusCode = b.statusCode;
        this.errors = b.errors;
        this.cfRay = b.cfRay;
        this.bodyExcerpt = b.bodyExcerpt;
    }

    private static String describe(Builder b, @Nullable String problem) {
        StringBuilder m = new StringBuilder();
        m.append(b.request).append(": HTTP ").append(b.statusCode);
        String words = problem != null ? problem : b.problem;
        if (words != null) {
            m.append(", ").append(words);
        }
        if (!b.errors.isEmpty()) {
            m.append(", errors ").append(b.errors);
        }
        if (b.cfRay != null) {
            m.append(" [cf-ray ").append(b.cfRay).append(']');
        }
        if (b.errors.isEmpty() && !b.bodyExcerpt.isEmpty()) {
            m.append(", body: ").append(b.bodyExcerpt);
        }
        return m.toString();
    }

    /**
     * Starts an exception for a response with {@code statusCode} to {@code request}.
     *
     * <pre>{@code
     * RateLimitException limited = (RateLimitException) ApiResponseException.builder(request, 429)
     *     .retryAfter(Duration.ofSeconds(30))
     *     .build();
     * }</pre>
     *
     * @param request the request that failed
     * @param statusCode the HTTP status code
     * @return a builder for the exception of that status
     */
    public static Builder builder(RequestDescription request, int statusCode) {
        return new Builder(request, statusCode);
    }

    /** {@return the request that got this response} */
    public RequestDescription request() {
        return request;
    }

    /** {@return HTTP status code} */
    public int statusCode() {
        return statusCode;
    }

    /** {@return the Cloudflare {@code errors} list, empty when the body had none (or was not JSON)} */
    public List<ApiError> errors() {
        return errors;
    }

    /** {@return the {@code cf-ray} response header, to quote to Cloudflare support} */
    public Optional<String> cfRay() {
        return Optional.ofNullable(cfRay);
    }

    /** {@return the first characters of the response body, for diagnosis; empty when there was none} */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    /**
     * Collects the facts of a failed response, then builds the typed exception for its status.
     * Not thread-safe; the exceptions it builds are immutable.
     *
     * <pre>{@code
     * ApiResponseException e = ApiResponseException.builder(request, 503).cfRay("8f1c-AMS").build();
     * }</pre>
     */
    public static final class Builder {
        private final RequestDescription request;
        private final int statusCode;
        private List<ApiError> errors = List.of();
        private @Nullable String cfRay;
        private String bodyExcerpt = "";
        private @Nullable Duration retryAfter;
        private @Nullable String problem;
        private @Nullable Throwable cause;

        private Builder(RequestDescription request, int statusCode) {
            this.request = Objects.requireNonNull(request, "request");
            this.statusCode = statusCode;
        }

        /**
         * The Cloudflare {@code errors} list of the body.
         *
         * @param errors the Cloudflare {@code errors} list
         * @return this builder
         */
        public Builder errors(List<ApiError> errors) {
            this.errors = List.copyOf(errors);
            return this;
        }

        /**
         * The {@code cf-ray} response header, null when absent.
         *
         * @param cfRay the cf-ray header value, or null
         * @return this builder
         */
        public Builder cfRay(@Nullable String cfRay) {
            this.cfRay = cfRay;
            return this;
        }

        /**
         * The first characters of the body, already bounded and free of control characters.
         *
         * @param bodyExcerpt the start of the body, bounded and sanitised
         * @return this builder
         */
        public Builder bodyExcerpt(String bodyExcerpt) {
            this.bodyExcerpt = Objects.requireNonNull(bodyExcerpt, "bodyExcerpt");
            return this;
        }

        /**
         * The wait the server asked for (kept by {@link RateLimitException}), null when none.
         *
         * @param retryAfter the wait the server asked for, or null
         * @return this builder
         */
        public Builder retryAfter(@Nullable Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        /**
         * Extra words for the message, e.g. {@code "success": false}.
         *
         * @param problem words for the message, or null
         * @return this builder
         */
        public Builder problem(@Nullable String problem) {
            this.problem = problem;
            return this;
        }

        /**
         * The underlying failure, if any.
         *
         * @param cause the underlying failure, or null
         * @return this builder
         */
        public Builder cause(@Nullable Throwable cause) {
            this.cause = cause;
            return this;
        }

        /** {@return the exception for the status: the subclass of its family, else {@code ApiResponseException}} */
        public ApiResponseException build() {
            return switch (statusCode) {
                case 400 -> new BadRequestException(this);
                case 401 -> new AuthenticationException(this);
                case 403 -> new PermissionDeniedException(this);
                case 404 -> new NotFoundException(this);
                case 409 -> new ConflictException(this);
                case 422 -> new UnprocessableEntityException(this);
                case 429 -> new RateLimitException(this, retryAfter);
                default -> otherStatus();
            };
        }

        private ApiResponseException otherStatus() {
            // only real 5xx are server errors (and retried); a status like 999 is just unexpected
            if (statusCode >= 500 && statusCode <= 599) {
                return new ServerException(this);
            }
            if (statusCode >= 300 && statusCode < 400 && problem == null) {
                return new ApiResponseException(
                        this, "redirect not followed (credentials are never sent to a redirect target)");
            }
            return new ApiResponseException(this, null);
        }

        /**
         * An {@link InvalidResponseException}: the status was fine but the body is unusable.
         *
         * @param problem what is wrong, e.g. "body is not JSON (content-type text/html)"
         * @param jsonPath where in the body, as a JSONPath like {@code $.data.routes[3].created_at}; null when not known
         * @return the exception
         */
        public InvalidResponseException buildInvalidResponse(String problem, @Nullable String jsonPath) {
            return new InvalidResponseException(this, Objects.requireNonNull(problem, "problem"), jsonPath);
        }
    }
}
