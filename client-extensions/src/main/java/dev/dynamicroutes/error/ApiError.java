package dev.dynamicroutes.error;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One entry of the Cloudflare {@code errors} list in an error response, e.g.
 * {@code {"code": 10000, "message": "Authentication error"}}.
 *
 * <pre>{@code
 * for (ApiError error : e.errors()) {
 *   System.err.println(error.code().orElse(-1) + ": " + error.message());
 * }
 * }</pre>
 *
 * @param code the numeric Cloudflare error code; empty when the entry had none (this endpoint's 400 has none)
 * @param message the message, never null (empty when the entry had none)
 */
public record ApiError(OptionalInt code, String message) {

    public ApiError {
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
    }

    @Override
    public String toString() {
        return code.isPresent() ? code.getAsInt() + ": " + message : message;
    }
}
