package dev.dynamicroutes.contract.check;

import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.Optional;

/**
 * Every request must carry exactly one of the spec's two security requirements: an
 * {@code Authorization: Bearer <token>} header, or the legacy pair {@code X-Auth-Email} +
 * {@code X-Auth-Key}. The validator library's own security check accepts a request as soon as some
 * header of a scheme is present, so half a legacy pair, a non-Bearer {@code Authorization} or both
 * schemes at once would pass it; this rule rejects them. Header values are never echoed (they are
 * credentials, even in a pact).
 */
final class AuthSchemeRule implements CustomRequestValidator {

    static final String KEY = "contract.request.auth";

    @Override
    public ValidationReport validate(Request request, ApiOperation operation) {
        Optional<String> authorization = nonBlank(request, "Authorization");
        boolean email = nonBlank(request, "X-Auth-Email").isPresent();
        boolean key = nonBlank(request, "X-Auth-Key").isPresent();
        boolean bearer = authorization
                .filter(v -> v.regionMatches(true, 0, "Bearer ", 0, 7) && v.length() > 7)
                .isPresent();

        if (authorization.isPresent() && !bearer) {
            return error("'Authorization' header is present but is not 'Bearer <token>'");
        }
        if (bearer && (email || key)) {
            return error(
                    "request carries both the bearer token and the X-Auth-Email/X-Auth-Key pair; exactly one scheme expected");
        }
        if (bearer || (email && key)) {
            return ValidationReport.empty();
        }
        if (email || key) {
            return error("request carries "
                    + (email ? "'X-Auth-Email' without 'X-Auth-Key'" : "'X-Auth-Key' without 'X-Auth-Email'")
                    + "; the legacy scheme needs both headers");
        }
        return error(
                "request carries no credentials; expected 'Authorization: Bearer <token>' or 'X-Auth-Email' + 'X-Auth-Key'");
    }

    private static Optional<String> nonBlank(Request request, String header) {
        return request.getHeaderValue(header).filter(v -> !v.isBlank());
    }

    private static ValidationReport error(String message) {
        return ValidationReport.singleton(
                ValidationReport.Message.create(KEY, message).build());
    }
}
