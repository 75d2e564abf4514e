package dev.dynamicroutes.client;

import dev.dynamicroutes.error.RequestNotSentException;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes an id as exactly one path segment. Everything but RFC 3986 "unreserved"
 * characters is encoded, including {@code /}, {@code ?}, {@code #} and {@code %}, so an id can
 * neither add segments nor start a query or fragment, and an id that happens to contain
 * {@code %2F} is sent as {@code %252F} (the server sees the id the caller passed, not a decoded one).
 * Feign keeps already-encoded triplets as they are, and {@link SingleSegmentContract} stops it from
 * turning {@code %2F} back into {@code /}.
 */
final class PathSegments {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathSegments() {}

    /**
     * @param what the parameter's name, for the error message (e.g. "accountId")
     * @throws RequestNotSentException when the id is null, blank, "." or ".."
     */
    static String encode(String what, String id) {
        if (id == null || id.isBlank()) {
            throw RequestNotSentException.of(what + " must not be null or blank");
        }
        if (id.equals(".") || id.equals("..")) {
            // a dot segment would be resolved by servers and proxies to a different path
            throw RequestNotSentException.of(what + " must not be '.' or '..'");
        }
        return percentEncode(id);
    }

    /** Every byte but RFC 3986 "unreserved" characters percent-encoded (also used for query names and values). */
    static String percentEncode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
