package dev.dynamicroutes.error;

/**
 * HTTP 409 Conflict (retried by default, as Cloudflare's own SDKs do).
 *
 * <pre>{@code
 * catch (ConflictException e) {
 *   log.warn("{} (cf-ray {})", e.getMessage(), e.cfRay().orElse("-"));
 * }
 * }</pre>
 */
public final class ConflictException extends ApiResponseException {

    private static final long serialVersionUID = 2L;

    ConflictException(Builder builder) {
        super(builder, null);
    }
}
