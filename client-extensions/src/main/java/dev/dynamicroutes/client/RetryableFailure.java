package dev.dynamicroutes.client;

import dev.dynamicroutes.error.DynamicRoutesException;
import feign.Request;
import feign.RetryableException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How the error decoder tells Feign's retry loop that a response may be retried: it carries the
 * typed exception to throw if the retries run out, and the wait the server asked for.
 */
final class RetryableFailure extends RetryableException {

    private static final long serialVersionUID = 1L;

    private final transient DynamicRoutesException failure;
    private final transient @Nullable Duration serverWait;

    RetryableFailure(int status, DynamicRoutesException failure, @Nullable Duration serverWait, Request request) {
        super(status, failure.getMessage(), request.httpMethod(), failure, (Long) null, request);
        this.failure = failure;
        this.serverWait = serverWait;
    }

    DynamicRoutesException failure() {
        return failure;
    }

    /** The server's retry-after, or null. */
    @Nullable
    Duration serverWait() {
        return serverWait;
    }
}
