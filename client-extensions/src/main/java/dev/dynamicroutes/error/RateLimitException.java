package dev.dynamicroutes.error;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 429 Too Many Requests: the account or user went over Cloudflare's rate limit (1200 requests
 * per 5 minutes per user). Retried by default; thrown when the retries are used up.
 *
 * <pre>{@code
 * catch (RateLimitException e) {
 *   Duration wait = e.retryAfter().orElse(Duration.ofSeconds(30));
 *   scheduler.schedule(task, wait.toMillis(), TimeUnit.MILLISECONDS);
 * }
 * }</pre>
 */
public final class RateLimitException extends ApiResponseException {

    private static final long serialVersionUID = 2L;

    /** The wait the server asked for, null when none. */
    private final @Nullable Duration retryAfter;

    RateLimitException(Builder builder, @Nullable Duration retryAfter) {
        super(builder, retryAfter == null ? null : "retry after " + retryAfter.toMillis() + " ms");
        this.retryAfter = retryAfter;
    }

    /** {@return the wait the server asked for, parsed from {@code retry-after-ms} or {@code Retry-After} (seconds or HTTP date)} */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
