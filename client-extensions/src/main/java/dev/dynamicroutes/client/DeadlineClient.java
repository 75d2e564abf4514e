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
 * request timeout is cut to the time left, no attempt starts once the deadline has passed, and the
 * response body must arrive within the attempt's timeout too ({@link BodyTimeout}).
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
        long started = System.nanoTime();
        Instant deadline = CallDeadline.current();
        if (deadline == null) {
            return boundBody(delegate.execute(request, options), options, started);
        }
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isZero() || left.isNegative()) {
            throw new HttpTimeoutException("the overall deadline of the call has passed");
        }
        long readMillis = options.readTimeoutUnit().toMillis(options.readTimeout());
        if (left.toMillis() < readMillis) {
            options = new Request.Options(
                    options.connectTimeout(),
                    options.connectTimeoutUnit(),
                    Math.max(1, left.toMillis()),
                    TimeUnit.MILLISECONDS,
                    options.isFollowRedirects());
        }
        return boundBody(delegate.execute(request, options), options, started);
    }

    /** The body must arrive within what is left of the attempt's request timeout (see {@link BodyTimeout}). */
    private static Response boundBody(Response response, Request.Options options, long startedNanos) {
        if (response.body() == null) {
            return response;
        }
        long timeoutMillis = options.readTimeoutUnit().toMillis(options.readTimeout());
        long remaining = timeoutMillis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        try {
            return response.toBuilder()
                    .body(
                            BodyTimeout.bound(response.body().asInputStream(), remaining, timeoutMillis),
                            response.body().length())
                    .build();
        } catch (IOException e) {
            return response; // no stream to bound; reading it will fail on its own
        }
    }
}
