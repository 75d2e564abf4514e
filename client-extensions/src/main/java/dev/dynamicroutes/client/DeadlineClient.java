package dev.dynamicroutes.client;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Wraps the HTTP client so that no attempt outlives the call's overall deadline: each attempt's
 * request timeout is cut to the time left and no attempt starts once the deadline has passed. The
 * {@link HttpTransport} then holds the whole exchange, body included, to that time.
 */
final class DeadlineClient implements Client {

    private final Client delegate;
    private final Clock clock;

    DeadlineClient(Client delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Instant deadline = CallDeadline.current();
        if (deadline == null) {
            return delegate.execute(request, options);
        }
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isZero() || left.isNegative()) {
            throw new HttpTimeoutException("the overall deadline of the call has passed");
        }
        // the attempt's timeout never outlasts what is left of the call (at least 1 ms: left is positive)
        long readMillis =
                Math.min(options.readTimeoutUnit().toMillis(options.readTimeout()), Math.max(1, left.toMillis()));
        return delegate.execute(
                request,
                new Request.Options(
                        options.connectTimeout(),
                        options.connectTimeoutUnit(),
                        readMillis,
                        TimeUnit.MILLISECONDS,
                        options.isFollowRedirects()));
    }
}
