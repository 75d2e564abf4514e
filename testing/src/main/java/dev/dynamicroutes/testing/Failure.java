package dev.dynamicroutes.testing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A failure the {@link FakeDynamicRoutesServer} answers one request with: a status with Cloudflare's
 * error body, optionally a {@code Retry-After} header and a delay before the answer. Immutable.
 *
 * <pre>{@code
 * server.failNext(Failure.status(429).retryAfter(Duration.ofSeconds(1)));
 * server.failNext(Failure.status(503).cloudflareError(10001, "service unavailable"));
 * server.failNext(Failure.status(200).delay(Duration.ofSeconds(5))); // a slow success: the routes, late
 * }</pre>
 */
public final class Failure {

    private final int status;
    private final int code;
    private final String message;
    private final @Nullable Duration retryAfter;
    private final Duration delay;

    private Failure(int status, int code, String message, @Nullable Duration retryAfter, Duration delay) {
        this.status = status;
        this.code = code;
        this.message = message;
        this.retryAfter = retryAfter;
        this.delay = delay;
    }

    /**
     * Answers with {@code status} and a Cloudflare error envelope ({@code code} 10000 + status, message
     * "simulated failure"); a 2xx status instead serves the routes as usual, after {@link #delay}.
     *
     * @param status the HTTP status to answer with
     * @return the failure
     */
    public static Failure status(int status) {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must be a three-digit HTTP status, was " + status);
        }
        return new Failure(status, 10000 + status, "simulated failure", null, Duration.ZERO);
    }

    /**
     * The entry of the {@code errors} list in the body.
     *
     * @param code the Cloudflare error code
     * @param message the Cloudflare error message
     * @return the entry of the {@code errors} list in the body
     */
    public Failure cloudflareError(int code, String message) {
        return new Failure(status, code, Objects.requireNonNull(message, "message"), retryAfter, delay);
    }

    /**
     * Sends {@code Retry-After} with the given whole seconds.
     *
     * @param wait the wait to announce, whole seconds
     * @return a copy with that {@code Retry-After}
     */
    public Failure retryAfter(Duration wait) {
        if (wait.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative, was " + wait);
        }
        return new Failure(status, code, message, wait, delay);
    }

    /**
     * Waits this long before answering (a slow response).
     *
     * @param delay how long to wait before answering
     * @return a copy with that delay
     */
    public Failure delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        return new Failure(status, code, message, retryAfter, delay);
    }

    /** {@return the HTTP status answered} */
    public int statusCode() {
        return status;
    }

    /** {@return the Cloudflare error code in the body} */
    public int errorCode() {
        return code;
    }

    /** {@return the Cloudflare error message in the body} */
    public String errorMessage() {
        return message;
    }

    /** {@return the {@code Retry-After} sent, if any} */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** {@return the wait before answering} */
    public Duration delay() {
        return delay;
    }

    @Override
    public String toString() {
        return "Failure{status=" + status + ", error=" + code + ": " + message
                + (retryAfter == null ? "" : ", retryAfter=" + retryAfter) + ", delay=" + delay + '}';
    }
}
