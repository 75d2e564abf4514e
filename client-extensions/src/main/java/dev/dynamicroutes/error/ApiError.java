package dev.dynamicroutes.error;

import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the Cloudflare {@code errors} list in an error response, e.g.
 * {@code {"code": 10000, "message": "Authentication error"}}. Immutable and serialisable.
 *
 * <pre>{@code
 * for (ApiError error : e.errors()) {
 *   System.err.println(error.code().orElse(-1) + ": " + error.message());
 * }
 * }</pre>
 */
public final class ApiError implements Serializable {

    private static final long serialVersionUID = 1L;

    // Integer, not OptionalInt: OptionalInt is not Serializable
    /** Cloudflare's error code, null when the body had none. */
    private final @Nullable Integer code;
    /** Cloudflare's error message, sanitised. */
    private final String message;

    private ApiError(@Nullable Integer code, @Nullable String message) {
        this.code = code;
        this.message = message == null ? "" : message;
    }

    /**
     * An error entry.
     *
     * @param code the numeric Cloudflare error code, null when the entry had none (this endpoint's 400 has none)
     * @param message the message; null is read as empty
     * @return an error entry
     */
    public static ApiError of(@Nullable Integer code, @Nullable String message) {
        return new ApiError(code, message);
    }

    /** {@return the numeric Cloudflare error code, empty when the entry had none} */
    public OptionalInt code() {
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }

    /** {@return the message, never null (empty when the entry had none)} */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ApiError other && Objects.equals(code, other.code) && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message);
    }

    /** {@code 10000: Authentication error}, or the message alone when there is no code. */
    @Override
    public String toString() {
        return code != null ? code + ": " + message : message;
    }
}
