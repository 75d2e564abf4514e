package dev.dynamicroutes.error;

/**
 * HTTP 400 Bad Request: the request was malformed (e.g. an invalid page or per_page).
 *
 * <pre>{@code
 * catch (BadRequestException e) {
 *   log.warn("{} (cf-ray {})", e.getMessage(), e.cfRay().orElse("-"));
 * }
 * }</pre>
 */
public final class BadRequestException extends ApiResponseException {

    private static final long serialVersionUID = 2L;

    BadRequestException(Builder builder) {
        super(builder, null);
    }
}
