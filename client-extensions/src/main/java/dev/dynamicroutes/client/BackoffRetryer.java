package dev.dynamicroutes.client;

import dev.dynamicroutes.error.ApiConnectionException;
import dev.dynamicroutes.error.ApiResponseException;
import dev.dynamicroutes.error.ApiTimeoutException;
import dev.dynamicroutes.error.DynamicRoutesException;
import dev.dynamicroutes.error.RequestDescription;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign {@link Retryer} with the retry rules of Cloudflare's own SDKs: up to {@code maxRetries}
 * retries, waiting what the server asked for ({@code retry-after-ms} / {@code Retry-After}) when it
 * is between 0 and 60 s, else an exponential backoff of 0.5 s doubling to an 8 s cap, minus up to
 * 25 % jitter; never waiting past the call's overall deadline. Which responses are retryable is
 * decided by {@link ApiErrorDecoder}; connection failures and timeouts (Feign's own
 * {@code RetryableException}s) are always retryable. When it gives up it throws the typed exception
 * for the last failure. Feign clones it per call, so the attempt count is per call.
 */
final class BackoffRetryer implements Retryer {

    private static final Logger LOG = LoggerFactory.getLogger("dev.dynamicroutes.client.retry");

    static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    static final Duration MAX_SERVER_WAIT = Duration.ofSeconds(60);

    private final int maxRetries;
    private final Duration overallTimeout;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    // null only before clone(): Feign clones a retryer per call, and the clone fixes the call's deadline
    private final @Nullable Instant deadline;
    private int retries;

    BackoffRetryer(int maxRetries, Duration overallTimeout, Clock clock, Sleeper sleeper, DoubleSupplier random) {
        this(maxRetries, overallTimeout, clock, sleeper, random, null);
    }

    private BackoffRetryer(
            int maxRetries,
            Duration overallTimeout,
            Clock clock,
            Sleeper sleeper,
            DoubleSupplier random,
            @Nullable Instant deadline) {
        this.maxRetries = maxRetries;
        this.overallTimeout = overallTimeout;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.deadline = deadline;
    }

    @Override
    public Retryer clone() {
        Instant callDeadline = CallDeadline.current();
        return new BackoffRetryer(
                maxRetries,
                overallTimeout,
                clock,
                sleeper,
                random,
                callDeadline != null ? callDeadline : clock.instant().plus(overallTimeout));
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        DynamicRoutesException failure = typed(e);
        if (retries >= maxRetries || !retryable(e)) {
            throw failure;
        }
        Duration serverWait = e instanceof RetryableFailure retryable ? retryable.serverWait() : null;
        Duration wait = delay(retries + 1, serverWait, random.getAsDouble());
        Instant end = deadline != null ? deadline : clock.instant().plus(overallTimeout);
        if (clock.instant().plus(wait).isAfter(end)) {
            LOG.debug(
                    "not retrying: waiting {} ms would pass the call's overall deadline; last failure: {}",
                    wait.toMillis(),
                    failure.getMessage());
            throw failure;
        }
        retries++;
        LOG.info("retry {} of {} in {} ms after: {}", retries, maxRetries, wait.toMillis(), failure.getMessage());
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(interrupted);
            throw failure;
        }
    }

    /**
     * An interrupt is a request to stop, and a response head that cannot be read will not read better
     * the next time: neither is retried.
     */
    private static boolean retryable(RetryableException e) {
        if (Thread.currentThread().isInterrupted()) {
            return false;
        }
        Throwable cause = e.getCause();
        return !(cause instanceof CallInterruptedException || cause instanceof HttpTransport.ResponseHeaderProblem);
    }

    /** The wait before retry number {@code retryNumber} (1-based); {@code random01} in [0, 1). */
    static Duration delay(int retryNumber, @Nullable Duration serverWait, double random01) {
        if (serverWait != null && !serverWait.isNegative() && serverWait.compareTo(MAX_SERVER_WAIT) <= 0) {
            return serverWait;
        }
        long base = Math.min(MAX_BACKOFF.toMillis(), INITIAL_BACKOFF.toMillis() << Math.min(retryNumber - 1, 20));
        double jitter = 1.0 - 0.25 * random01;
        return Duration.ofMillis(Math.round(base * jitter));
    }

    /** The typed exception for a failure: the decoder's for a response, else a connection/timeout one. */
    static DynamicRoutesException typed(RetryableException e) {
        if (e instanceof RetryableFailure retryable) {
            return retryable.failure();
        }
        Request request = e.request();
        RequestDescription described = request != null
                ? Exchanges.requestOf(request)
                : RequestDescription.of(e.method() != null ? e.method().name() : "GET", "?", null);
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof HttpTransport.ResponseHeaderProblem) {
            // status 0: the response head could not be read, so no status is known
            return ApiResponseException.builder(described, 0)
                    .cause(cause)
                    .buildInvalidResponse(String.valueOf(cause.getMessage()), null);
        }
        if (cause instanceof CallInterruptedException) {
            return ApiConnectionException.of(described, cause);
        }
        if (cause instanceof HttpTimeoutException) { // HttpTransport reports every timeout as this type
            return ApiTimeoutException.of(described, cause);
        }
        return ApiConnectionException.of(described, cause);
    }
}
