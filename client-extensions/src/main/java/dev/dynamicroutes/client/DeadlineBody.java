package dev.dynamicroutes.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A response body read as an {@link InputStream} whose every read waits at most until the attempt's
 * deadline and answers an interrupt at once. {@code java.net.http} applies its timeout only until the
 * headers arrive, and its own body stream ({@code BodyHandlers.ofInputStream()}) blocks without a
 * bound and, on Java 17, does not answer an interrupt: a server that stalls after the headers held a
 * call (and its thread) until something closed the stream. Here the caller's thread waits on our own
 * queue, with a timeout.
 *
 * <p>The network side may run at most {@link #WINDOW} chunks ahead of the reader (flow-control
 * demand), so memory stays bounded while reading the socket overlaps with parsing. With a demand of
 * one chunk the two would take turns, a thread hand-over per chunk (see
 * {@code benchmarks/results/profiles.md}). The response's head ({@link #info()}) is kept, so that
 * {@link HttpTransport} can still hand over a body that broke before {@code java.net.http} returned
 * the response, as a body that broke.
 */
final class DeadlineBody extends InputStream implements HttpResponse.BodySubscriber<DeadlineBody> {

    private static final Object END = new Object();

    /**
     * Chunks (one {@code onNext} each, at most the JDK's buffer size, 16 KiB by default) the network may
     * deliver ahead of the reader: bounds what one body holds in memory to about 256 KiB.
     */
    static final int WINDOW = 16;
    /** Chunks read before demand is topped up again, in one call, rather than one call per chunk. */
    private static final int TOP_UP = WINDOW / 2;

    private final HttpResponse.ResponseInfo info;
    private final long deadlineNanos;
    private final long timeoutMillis;
    private final String where;
    private final ServerText text;
    private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();

    // the buffers of the last onNext and the one being read; null before the first and between chunks
    private @Nullable Iterator<ByteBuffer> chunk;
    private @Nullable ByteBuffer current;
    // the chunks read since demand was last topped up: queued + demanded never exceeds WINDOW
    private int consumed;
    private boolean ended;
    private boolean closed;

    /**
     * @param info the response's status, headers and protocol
     * @param deadlineNanos {@link System#nanoTime()} by which the whole body must have been read
     * @param timeoutMillis the attempt's timeout, for the message
     * @param where the server's host and port and the attempt, for messages
     * @param text cleans the JDK's failure messages, which may quote what the server sent
     */
    DeadlineBody(
            HttpResponse.ResponseInfo info, long deadlineNanos, long timeoutMillis, String where, ServerText text) {
        this.info = info;
        this.deadlineNanos = deadlineNanos;
        this.timeoutMillis = timeoutMillis;
        this.where = where;
        this.text = text;
    }

    // --- the network side (java.net.http's threads) ---

    @Override
    public CompletionStage<DeadlineBody> getBody() {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        if (!subscription.complete(s)) {
            s.cancel();
            return;
        }
        s.request(WINDOW);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        arrived.add(item);
    }

    @Override
    public void onError(Throwable failure) {
        arrived.add(failure);
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }

    /** The response's status, headers and protocol. */
    HttpResponse.ResponseInfo info() {
        return info;
    }

    // --- the caller's side ---

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        ByteBuffer bytes = nextBytes();
        if (bytes == null) {
            return -1;
        }
        int n = Math.min(length, bytes.remaining());
        bytes.get(buffer, offset, n);
        return n;
    }

    /** Makes {@code current} hold unread bytes and returns it; null at the end of the body. */
    private @Nullable ByteBuffer nextBytes() throws IOException {
        while (current == null || !current.hasRemaining()) {
            if (chunk != null && chunk.hasNext()) {
                current = chunk.next();
                continue;
            }
            if (closed) {
                throw new IOException("the response body from " + where + " is closed");
            }
            if (ended) {
                return null;
            }
            if (chunk != null) {
                chunk = null;
                requestNext();
            }
            Object next = take();
            if (next == END) {
                ended = true;
                return null;
            }
            if (next instanceof Throwable failure) {
                ended = true;
                String what = failure.getMessage() == null
                        ? failure.getClass().getSimpleName()
                        : text.clean(failure.getMessage(), 300);
                // the JDK's exception is not kept as the cause: its message is uncleaned server text
                throw new IOException("the connection to " + where + " failed while reading the body: " + what);
            }
            @SuppressWarnings("unchecked")
            List<ByteBuffer> buffers = (List<ByteBuffer>) next;
            chunk = buffers.iterator();
        }
        return current;
    }

    /** Counts a chunk as read; every {@link #TOP_UP} chunks read, asks the network for as many more. */
    private void requestNext() {
        // a chunk arrived, so the subscription is there
        Flow.Subscription s = subscription.getNow(null);
        if (s != null && ++consumed >= TOP_UP) {
            s.request(consumed);
            consumed = 0;
        }
    }

    private Object take() throws IOException {
        long left = deadlineNanos - System.nanoTime();
        Object next;
        try {
            // a deadline already passed (left <= 0) takes only what is here, without waiting
            next = arrived.poll(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new CallInterruptedException("reading the response body from " + where, e);
        }
        if (next == null) {
            cancel();
            throw new HttpTimeoutException("the response body from " + where
                    + " did not arrive within the request timeout of " + timeoutMillis + " ms");
        }
        return next;
    }

    @SuppressWarnings("FutureReturnValueIgnored") // the subscription future only ever completes with a value
    private void cancel() {
        ended = true;
        subscription.thenAccept(Flow.Subscription::cancel);
    }

    /**
     * The bytes already here, or 1 while the body has not ended: {@code GZIPInputStream} reads a
     * further gzip member only when {@code available() > 0}, and a body's next member may still be on
     * its way. Reading it then waits under the deadline like any read; at the real end the decoder
     * finds no header and ends the stream.
     */
    @Override
    public int available() {
        int here = current == null ? 0 : current.remaining();
        if (here > 0) {
            return here;
        }
        // close() leaves the body ended (a body closed early is cancelled, which ends it)
        return ended ? 0 : 1;
    }

    /** Stops the transfer if the body was not read to its end (the connection is then not reused). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (!ended) {
                cancel();
            }
        }
    }
}
