package dev.dynamicroutes.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link ContentDecoding} as a unit: which codings a header names, decoding gzip and both kinds of
 * deflate, how corrupt and truncated content is reported, and that closing the decoded stream closes
 * the connection's stream whether or not it was read.
 */
class ContentDecodingTest {

    private static final byte[] PLAIN = "{\"result\":[],\"success\":true}".getBytes(StandardCharsets.UTF_8);

    /** The connection's stream: records whether it was closed. */
    private static final class Source extends ByteArrayInputStream {
        boolean closed;

        Source(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] plain, boolean zlib) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d =
                new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, !zlib))) {
            d.write(plain);
        }
        return out.toByteArray();
    }

    /** zlib deflate whose header asks for a preset dictionary (FDICT), which HTTP cannot name. */
    private static byte[] deflateWithDictionary(byte[] plain) throws IOException {
        Deflater deflater = new Deflater();
        deflater.setDictionary("{\"routes\":".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, deflater)) {
            d.write(plain);
        }
        deflater.end();
        return out.toByteArray();
    }

    /**
     * Raw deflate whose first byte has the zlib method nibble 8 (a non-final stored block whose
     * padding bits are set): only the CMF/FLG checksum tells it from a zlib header.
     */
    private static final byte[] RAW_DEFLATE_LOOKING_LIKE_ZLIB = {
        0x08, 0x05, 0x00, (byte) 0xfa, (byte) 0xff, 'h', 'e', 'l', 'l', 'o', 0x01, 0x00, 0x00, (byte) 0xff, (byte) 0xff
    };

    private static String decoded(byte[] encoded, String coding) {
        try (InputStream in = ContentDecoding.decode(new Source(encoded), List.of(coding))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void codingsOfAHeaderValue() {
        List<String> table = new ArrayList<>();
        for (String value : List.of("", " ", "identity", "GZIP", " gzip , identity,deflate ", "br,gzip")) {
            table.add(value + " -> " + ContentDecoding.codings(value));
        }
        assertThat(table)
                .containsExactly(
                        " -> []",
                        "  -> []",
                        "identity -> []",
                        "GZIP -> [gzip]",
                        " gzip , identity,deflate  -> [gzip, deflate]",
                        "br,gzip -> [br, gzip]");
    }

    @Test
    void decodesGzipAndBothKindsOfDeflateAndNamesWhatIsWrong() throws IOException {
        String plain = new String(PLAIN, StandardCharsets.UTF_8);
        byte[] zlib = deflate(PLAIN, true);
        byte[] gz = gzip(PLAIN);
        List<String> table = new ArrayList<>();
        table.add("gzip -> " + decoded(gz, "gzip"));
        table.add("x-gzip -> " + decoded(gz, "x-gzip"));
        table.add("zlib deflate -> " + decoded(zlib, "deflate"));
        table.add("raw deflate -> " + decoded(deflate(PLAIN, false), "deflate"));
        table.add("raw deflate, zlib-like first byte -> " + decoded(RAW_DEFLATE_LOOKING_LIKE_ZLIB, "deflate"));
        table.add("truncated gzip -> " + decoded(Arrays.copyOf(gz, gz.length - 12), "gzip"));
        table.add("truncated zlib deflate -> " + decoded(Arrays.copyOf(zlib, zlib.length - 8), "deflate"));
        table.add("zlib deflate with a preset dictionary -> " + decoded(deflateWithDictionary(PLAIN), "deflate"));
        table.add("not gzip -> " + decoded(PLAIN, "gzip"));
        table.add("br -> " + decoded(gz, "br"));
        String prefix = "ContentDecodingException: the body announced Content-Encoding: ";
        assertThat(table)
                .containsExactly(
                        "gzip -> " + plain,
                        "x-gzip -> " + plain,
                        "zlib deflate -> " + plain,
                        "raw deflate -> " + plain,
                        "raw deflate, zlib-like first byte -> hello",
                        "truncated gzip -> " + prefix + "gzip but is truncated",
                        "truncated zlib deflate -> " + prefix + "deflate but is truncated",
                        "zlib deflate with a preset dictionary -> " + prefix
                                + "deflate but is not valid deflate (it needs a preset dictionary)",
                        "not gzip -> " + prefix + "gzip but is not valid gzip (Not in GZIP format)",
                        "br -> ContentDecodingException: the response has Content-Encoding 'br', which this client"
                                + " does not decode (it asks for gzip or deflate only)");
    }

    @Test
    void singleByteAndZeroLengthReadsOfADecodedBody() throws IOException {
        for (String coding : List.of("gzip", "deflate")) {
            byte[] encoded = coding.equals("gzip") ? gzip(PLAIN) : deflate(PLAIN, true);
            try (InputStream in = ContentDecoding.decode(new Source(encoded), List.of(coding))) {
                assertThat(in.read(new byte[8], 0, 0)).as(coding).isZero();
                assertThat(in.read()).as(coding).isEqualTo('{');
                byte[] rest = in.readAllBytes();
                assertThat(rest).as(coding).isEqualTo(Arrays.copyOfRange(PLAIN, 1, PLAIN.length));
                assertThat(in.read()).as(coding).isEqualTo(-1);
            }
        }
    }

    private static String closedAfter(byte[] encoded, String coding, int bytesRead) throws IOException {
        Source source = new Source(encoded);
        InputStream in = ContentDecoding.decode(source, List.of(coding));
        if (bytesRead > 0) {
            in.readNBytes(bytesRead);
        }
        in.close();
        return coding + " after " + bytesRead + " bytes read: source closed " + source.closed;
    }

    @Test
    void closingTheDecodedBodyClosesTheConnectionsStreamReadOrNot() throws IOException {
        byte[] gz = gzip(PLAIN);
        byte[] zlib = deflate(PLAIN, true);
        List<String> table = List.of(
                closedAfter(gz, "gzip", 0),
                closedAfter(gz, "gzip", 5),
                closedAfter(zlib, "deflate", 0),
                closedAfter(zlib, "deflate", 5),
                closedAfter(gz, "br", 0));
        assertThat(table)
                .containsExactly(
                        "gzip after 0 bytes read: source closed true",
                        "gzip after 5 bytes read: source closed true",
                        "deflate after 0 bytes read: source closed true",
                        "deflate after 5 bytes read: source closed true",
                        "br after 0 bytes read: source closed true");
    }

    @Test
    void aFailureOfTheConnectionKeepsItsTypeAndMessage() {
        IOException broken = new java.net.SocketException("Connection reset");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw broken;
            }

            @Override
            public int read(byte @Nullable [] b, int off, int len) throws IOException {
                throw broken;
            }
        };
        InputStream in = ContentDecoding.decode(failing, List.of("gzip"));
        assertThatThrownBy(in::read).isSameAs(broken);
    }
}
