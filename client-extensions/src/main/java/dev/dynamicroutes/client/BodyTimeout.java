package dev.dynamicroutes.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body that must arrive within the attempt's time. {@code java.net.http} applies the
 * request timeout only until the headers arrive; a server that then stalls the body would block a
 * read forever. When the time is up, a timer closes the stream, which wakes the blocked read, and the
 * read fails with {@link HttpTimeoutException} (so the attempt is retried, then reported as
 * {@code ApiTimeoutException}).
 */
final class BodyTimeout extends FilterInputStream {

    /** One daemon thread for the whole JVM: it only ever closes streams. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dynamic-routes-body-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private final long timeoutMillis;
    private final ScheduledFuture<?> expiry;
    private volatile boolean expired;

    private BodyTimeout(InputStream in, long remainingMillis, long timeoutMillis) {
        super(in);
        this.timeoutMillis = timeoutMillis;
        this.expiry = TIMER.schedule(this::expire, Math.max(1, remainingMillis), TimeUnit.MILLISECONDS);
    }

    /** {@code body}, cut off {@code remainingMillis} from now; {@code timeoutMillis} is for the message. */
    static InputStream bound(InputStream body, long remainingMillis, long timeoutMillis) {
        return new BodyTimeout(body, remainingMillis, timeoutMillis);
    }

    private void expire() {
        expired = true;
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // closing is only a way to wake the reader; the read reports the timeout
        }
    }

    @Override
    public int read() throws IOException {
        try {
            return checked(super.read());
        } catch (IOException e) {
            throw translated(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return checked(super.read(buffer, offset, length));
        } catch (IOException e) {
            throw translated(e);
        }
    }

    private IOException translated(IOException e) {
        if (e instanceof HttpTimeoutException || e instanceof CallInterruptedException) {
            return e;
        }
        if (Thread.currentThread().isInterrupted()) {
            // java.net.http's body stream answers an interrupt with a plain IOException and the flag set
            return new CallInterruptedException("reading the response body", e);
        }
        return expired ? timedOut(e) : e;
    }

    private int checked(int result) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new CallInterruptedException("reading the response body", null);
        }
        if (expired) {
            throw timedOut(null);
        }
        if (result < 0) {
            expiry.cancel(false);
        }
        return result;
    }

    private HttpTimeoutException timedOut(IOException cause) {
        HttpTimeoutException e = new HttpTimeoutException(
                "the response body did not arrive within the request timeout of " + timeoutMillis + " ms");
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    @Override
    public void close() throws IOException {
        expiry.cancel(false);
        super.close();
    }
}
