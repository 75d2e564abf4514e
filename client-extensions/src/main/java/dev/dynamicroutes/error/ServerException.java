package dev.dynamicroutes.error;

/**
 * HTTP a 5xx status: a failure at Cloudflare or its edge (often an HTML page, see bodyExcerpt); retried by default.
 *
 * <pre>{@code
 * catch (ServerException e) {
 *   log.warn("{} (cf-ray {})", e.getMessage(), e.cfRay().orElse("-"));
 * }
 * }</pre>
 */
public final class ServerException extends ApiResponseException {

    private static final long serialVersionUID = 1L;

    public ServerException(ResponseDetails details) {
        super(details);
    }
}
