package dev.dynamicroutes.error;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known about a failed response: enough to act on it and to quote to Cloudflare support,
 * never a credential (request headers are not kept).
 *
 * @param status HTTP status code
 * @param errors the Cloudflare {@code errors} list when the body had one, else empty
 * @param cfRay the response's {@code cf-ray} header, null when absent
 * @param method HTTP method, e.g. {@code GET}
 * @param path request path and query, e.g. {@code /client/v4/accounts/abc/ai-gateway/gateways/g/routes?page=2&per_page=50}
 * @param page the requested page number (the {@code page} query parameter), null when none was sent
 * @param bodyExcerpt the first characters of the body (bounded, control characters replaced), empty when none
 */
public record ResponseDetails(
        int status, List<ApiError> errors, String cfRay, String method, String path, Integer page, String bodyExcerpt) {

    public ResponseDetails {
        errors = List.copyOf(errors);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
    }

    /** The {@code cf-ray} id, to quote to Cloudflare support. */
    public Optional<String> cfRayId() {
        return Optional.ofNullable(cfRay);
    }

    /** The requested page number, empty when the request had no {@code page} parameter. */
    public OptionalInt requestedPage() {
        return page == null ? OptionalInt.empty() : OptionalInt.of(page);
    }
}
