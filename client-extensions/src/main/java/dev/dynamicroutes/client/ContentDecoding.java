package dev.dynamicroutes.client;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Undoes the {@code Content-Encoding} of a response body while it is read. Decoders are created on
 * the first read, never before: creating a {@link GZIPInputStream} reads the gzip header, and that
 * read must happen under the attempt's deadline like every other (the stream given here is already
 * bounded by it). Tokens are parsed as the header grammar says: comma-separated, case-insensitive,
 * whitespace around them ignored, applied in the order listed (so undone in reverse).
 */
final class ContentDecoding {

    /** What this client asks for when compression is on (the official SDKs ask for the same). */
    static final String ACCEPT_ENCODING = "gzip, deflate";

    private ContentDecoding() {}

    /** A failure of the encoded content itself (not of the connection): corrupt, truncated or not encoded at all. */
    static final class ContentDecodingException extends IOException {
        private static final long serialVersionUID = 1L;

        ContentDecodingException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The codings of a {@code Content-Encoding} header value, lower-case, {@code identity} dropped
     * (none for an empty value, which is how an absent header is passed).
     */
    static List<String> codings(String headerValue) {
        List<String> codings = new ArrayList<>();
        for (String token : headerValue.split(",", -1)) {
            String coding = token.strip().toLowerCase(Locale.ROOT);
            if (!coding.isEmpty() && !coding.equals("identity")) {
                codings.add(coding);
            }
        }
        return codings;
    }

    /**
     * {@code body} with the codings undone, or the failure to read it when a coding is not supported
     * (the first read throws {@link ContentDecodingException} naming it).
     */
    static InputStream decode(InputStream body, List<String> codings) {
        FailureWatch watch = new FailureWatch(body);
        InputStream stream = watch;
        for (int i = codings.size() - 1; i >= 0; i--) {
            stream = new LazyDecoder(stream, codings.get(i), watch);
        }
        return stream;
    }

    /** Remembers whether the connection's stream failed, so a decoder's own failures can be told apart. */
    private static final class FailureWatch extends FilterInputStream {
        volatile boolean failed;

        FailureWatch(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }
    }

    private static final class LazyDecoder extends InputStream {
        private final InputStream source;
        private final String coding;
        private final FailureWatch watch;
        // created on the first read, so that an unsupported coding fails there, typed
        private @Nullable InputStream decoder;
        private @Nullable Inflater inflater;

        LazyDecoder(InputStream source, String coding, FailureWatch watch) {
            this.source = source;
            this.coding = coding;
            this.watch = watch;
        }

        private InputStream decoder() throws IOException {
            if (decoder == null) {
                try {
                    switch (coding) {
                        case "gzip", "x-gzip" -> decoder = new GZIPInputStream(source, 8192);
                        case "deflate" -> {
                            // RFC 9110 deflate is zlib-wrapped; a few servers send raw deflate: tell them apart
                            // by the zlib header (CMF/FLG check) without consuming bytes
                            java.io.PushbackInputStream peek = new java.io.PushbackInputStream(source, 2);
                            byte[] head = peek.readNBytes(2);
                            peek.unread(head);
                            boolean zlib = head.length == 2
                                    && (head[0] & 0x0f) == 8
                                    && (((head[0] & 0xff) << 8) | (head[1] & 0xff)) % 31 == 0;
                            inflater = new Inflater(!zlib);
                            decoder = new InflaterInputStream(peek, inflater, 8192);
                        }
                        default ->
                            throw new ContentDecodingException(
                                    "the response has Content-Encoding '" + coding
                                            + "', which this client does not decode (it asks for gzip or deflate only)",
                                    null);
                    }
                } catch (IOException e) {
                    throw translate(e);
                }
            }
            return decoder;
        }

        private IOException translate(IOException e) {
            if (e instanceof ContentDecodingException || watch.failed) {
                return e; // the connection failed (or a timeout or interrupt ended the read): keep its type
            }
            String what =
                    e instanceof EOFException ? "is truncated" : "is not valid " + coding + " (" + e.getMessage() + ")";
            return new ContentDecodingException("the body announced Content-Encoding: " + coding + " but " + what, e);
        }

        @Override
        public int read() throws IOException {
            try {
                return decoder().read();
            } catch (IOException e) {
                throw translate(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = decoder().read(b, off, len);
                if (n == -1 && inflater != null && inflater.needsDictionary()) {
                    // InflaterInputStream ends the stream (-1) when a zlib header asks for a preset dictionary
                    // (FDICT), which HTTP has no way to name; a truncated stream it reports itself (EOFException)
                    throw new ZipException("it needs a preset dictionary");
                }
                return n;
            } catch (IOException e) {
                throw translate(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                if (decoder != null) {
                    decoder.close();
                } else {
                    source.close();
                }
            } finally {
                if (inflater != null) {
                    inflater.end();
                }
            }
        }
    }
}
