package dev.dynamicroutes.error;

/**
 * HTTP 404 Not Found: unknown account or gateway.
 *
 * <pre>{@code
 * catch (NotFoundException e) {
 *   log.warn("{} (cf-ray {})", e.getMessage(), e.cfRay().orElse("-"));
 * }
 * }</pre>
 */
public final class NotFoundException extends ApiResponseException {

    private static final long serialVersionUID = 2L;

    NotFoundException(Builder builder) {
        super(builder, null);
    }
}
