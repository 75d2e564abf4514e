package dev.dynamicroutes.error;

/**
 * HTTP 403 Forbidden: the credentials are valid but lack a permission (the token needs AI Gateway Read or Write).
 *
 * <pre>{@code
 * catch (PermissionDeniedException e) {
 *   log.warn("{} (cf-ray {})", e.getMessage(), e.cfRay().orElse("-"));
 * }
 * }</pre>
 */
public final class PermissionDeniedException extends ApiResponseException {

    private static final long serialVersionUID = 2L;

    PermissionDeniedException(Builder builder) {
        super(builder, null);
    }
}
