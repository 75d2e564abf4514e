package dev.dynamicroutes.error;

/**
 * HTTP 401 Unauthorized: the token or key is missing, invalid or expired.
 *
 * <pre>{@code
 * catch (AuthenticationException e) {
 *   log.warn("{} (cf-ray {})", e.getMessage(), e.cfRay().orElse("-"));
 * }
 * }</pre>
 */
public final class AuthenticationException extends ApiResponseException {

    private static final long serialVersionUID = 2L;

    AuthenticationException(Builder builder) {
        super(builder, null);
    }
}
