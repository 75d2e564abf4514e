package dev.dynamicroutes.error;

/**
 * HTTP 5xx: a failure at Cloudflare or its edge (often an HTML page, see bodyExcerpt); retried by default.
 *
 * <pre>{@code
 * catch (ServerException e) {
 *   log.warn("{} (cf-ray {})", e.getMessage(), e.cfRay().orElse("-"));
 * }
 * }</pre>
 */
public final class ServerException extends ApiResponseException {

    private static final long serialVersionUID = 2L;

    ServerException(Builder builder) {
        super(builder, null);
    }
}
