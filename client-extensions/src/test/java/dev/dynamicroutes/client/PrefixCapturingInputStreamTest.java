package dev.dynamicroutes.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stream the decoder reads a body through: it keeps the first bytes for the excerpt whichever
 * read method the parser uses, counts every byte (the excerpt says "cut" only when more came than
 * was kept), and remembers that the connection itself failed even when the parser wraps the failure.
 */
class PrefixCapturingInputStreamTest {

    @Test
    void keepsTheFirstBytesAndCountsAllWhateverTheReadMethod() throws IOException {
        List<String> table = new ArrayList<>();
        // body, prefix size, reads ("1" one byte, a number n: a block of n bytes at offset 2 of a larger buffer)
        table.add(row("abcdefgh", 4, "1", "1", "3", "8", "8"));
        table.add(row("abcdefgh", 4, "8"));
        table.add(row("abcdefgh", 8, "1", "1", "1", "1", "1", "1", "1", "1", "1"));
        table.add(row("abc", 8, "2", "2", "2"));
        table.add(row("", 4, "1", "4"));
        // a zero byte is a byte like any other
        table.add(row("a\u0000b", 4, "1", "1", "1", "1").replace('\u0000', '0'));

        assertThat(table)
                .containsExactly(
                        "abcdefgh/4 reads [a, b, 3, 3, -1] -> prefix 'abcd', read 8, failed false",
                        "abcdefgh/4 reads [8] -> prefix 'abcd', read 8, failed false",
                        "abcdefgh/8 reads [a, b, c, d, e, f, g, h, -1] -> prefix 'abcdefgh', read 8, failed false",
                        "abc/8 reads [2, 1, -1] -> prefix 'abc', read 3, failed false",
                        "/4 reads [-1, -1] -> prefix '', read 0, failed false",
                        "a0b/4 reads [a, 0, b, -1] -> prefix 'a0b', read 3, failed false");
    }

    @Test
    void aFailingConnectionIsRememberedForBothReadMethods() {
        List<String> table = new ArrayList<>();
        for (boolean singleByte : List.of(true, false)) {
            SocketException reset = new SocketException("Connection reset");
            PrefixCapturingInputStream in = new PrefixCapturingInputStream(failingAfter("ab", reset), 8);
            byte[] buffer = new byte[8];
            Throwable thrown = catchThrowable(() -> {
                while ((singleByte ? in.read() : in.read(buffer, 0, 8)) >= 0) {
                    // read until the connection fails
                }
            });
            table.add((singleByte ? "single" : "block") + ": thrown " + (thrown == reset) + ", failed "
                    + in.connectionFailed() + ", recorded " + (in.readFailure() == reset) + ", prefix '"
                    + new String(in.prefix(), StandardCharsets.UTF_8) + "', read " + in.bytesRead());
        }

        assertThat(table)
                .containsExactly(
                        "single: thrown true, failed true, recorded true, prefix 'ab', read 2",
                        "block: thrown true, failed true, recorded true, prefix 'ab', read 2");
    }

    @Test
    void markIsNotSupportedSoTheParserNeverRewindsPastTheKeptBytes() {
        PrefixCapturingInputStream in = new PrefixCapturingInputStream(new ByteArrayInputStream(new byte[4]), 2);
        assertThat(in.markSupported()).isFalse();
    }

    private static String row(String body, int prefixBytes, String... reads) throws IOException {
        PrefixCapturingInputStream in = new PrefixCapturingInputStream(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), prefixBytes);
        List<String> results = new ArrayList<>();
        for (String read : reads) {
            if (read.equals("1")) {
                int b = in.read();
                results.add(b < 0 ? String.valueOf(b) : String.valueOf((char) b));
            } else {
                results.add(String.valueOf(in.read(new byte[Integer.parseInt(read) + 4], 2, Integer.parseInt(read))));
            }
        }
        return body + "/" + prefixBytes + " reads " + results + " -> prefix '"
                + new String(in.prefix(), StandardCharsets.UTF_8) + "', read " + in.bytesRead() + ", failed "
                + in.connectionFailed();
    }

    /** A body that delivers {@code text}, then fails as a reset connection does. */
    private static InputStream failingAfter(String text, IOException failure) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                if (next < bytes.length) {
                    return bytes[next++];
                }
                throw failure;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (next < bytes.length) {
                    int n = Math.min(length, bytes.length - next);
                    System.arraycopy(bytes, next, buffer, offset, n);
                    next += n;
                    return n;
                }
                throw failure;
            }
        };
    }
}
