package dev.dynamicroutes.error;

/**
 * HTTP 422 Unprocessable Entity.
 *
 * <pre>{@code
 * catch (UnprocessableEntityException e) {
 *   log.warn("{} (cf-ray {})", e.getMessage(), e.cfRay().orElse("-"));
 * }
 * }</pre>
 */
public final class UnprocessableEntityException extends ApiResponseException {

    private static final long serialVersionUID = 2L;

    UnprocessableEntityException(Builder builder) {
        super(builder, null);
    }
}
