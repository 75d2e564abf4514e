package dev.dynamicroutes.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Passes a body through to the JSON parser while keeping its first bytes, so that an exception can
 * quote the start of the body without the whole body ever being buffered. It also remembers whether
 * reading the connection itself failed, which tells a broken connection (retried) from content the
 * parser rejects (an invalid response): both reach the decoder as an {@link IOException}.
 */
final class PrefixCapturingInputStream extends FilterInputStream {

    private final byte[] prefix;
    private int captured;
    private long total;
    private @Nullable IOException readFailure;

    PrefixCapturingInputStream(InputStream in, int prefixBytes) {
        super(in);
        this.prefix = new byte[prefixBytes];
    }

    @Override
    public int read() throws IOException {
        int b;
        try {
            b = super.read();
        } catch (IOException e) {
            readFailure = e;
            throw e;
        }
        if (b >= 0) {
            keep(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (IOException e) {
            readFailure = e;
            throw e;
        }
        // -1 is the end of the stream; any other result is a count of bytes, 0 included (keeps nothing)
        if (n != -1) {
            keep(buffer, offset, n);
        }
        return n;
    }

    private void keep(byte[] buffer, int offset, int n) {
        total += n;
        // 0 once the prefix is full
        int take = Math.min(prefix.length - captured, n);
        System.arraycopy(buffer, offset, prefix, captured, take);
        captured += take;
    }

    /** The first bytes read so far (at most the prefix size). */
    byte[] prefix() {
        return Arrays.copyOf(prefix, captured);
    }

    /** True when reading the underlying stream (the connection) threw. */
    boolean connectionFailed() {
        return readFailure != null;
    }

    /** What reading the underlying stream threw, or null: the cause even when the parser wrapped it. */
    @Nullable
    IOException readFailure() {
        return readFailure;
    }

    /** How many bytes were read in all. */
    long bytesRead() {
        return total;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
