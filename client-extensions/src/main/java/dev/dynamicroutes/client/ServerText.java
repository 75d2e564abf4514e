package dev.dynamicroutes.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one place where text a server sent (error messages, body excerpts, headers such as
 * {@code cf-ray}, parser messages quoting the body) is made safe before it enters an exception, a log
 * line or output. In this order, because each step needs the previous one:
 *
 * <ol>
 *   <li>redact the configured secrets, raw and in their JSON-escaped and percent-encoded forms, while
 *       the text is whole (a cut could leave half a secret that no longer matches);
 *   <li>neutralise control characters and Unicode format characters (bidi overrides, zero-width
 *       characters), which could rewrite a terminal line or hide text;
 *   <li>bound the length.
 * </ol>
 *
 * When the text itself was cut before it got here (a bounded read of a body), a trailing fragment
 * that starts a secret is redacted too.
 */
final class ServerText {

    static final String REDACTED = "[REDACTED]";
    /** A trailing fragment shorter than this is not taken for the start of a secret. */
    private static final int MIN_PARTIAL = 4;

    /** No secrets known: still neutralises and bounds. */
    static final ServerText NO_SECRETS = new ServerText(List.of());

    /** Every form of every secret, longest first so that a longer form is replaced before its substrings. */
    private final List<String> forms;

    private ServerText(Collection<String> secrets) {
        Set<String> all = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty()) {
                continue;
            }
            all.add(secret);
            all.add(jsonEscaped(secret));
            all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            all.add(percentEncodedEverything(secret, false));
            all.add(percentEncodedEverything(secret, true));
        }
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.forms = List.copyOf(sorted);
    }

    static ServerText redacting(Collection<String> secrets) {
        return new ServerText(secrets);
    }

    /** Redacted, neutralised and at most {@code maxChars} characters (plus "..." when cut). */
    String clean(String text, int maxChars) {
        return clean(text, maxChars, false);
    }

    /** As {@link #clean(String, int)} for text that may be absent: null stays null. */
    @Nullable
    String cleanIfPresent(@Nullable String text, int maxChars) {
        return text == null ? null : clean(text, maxChars, false);
    }

    /**
     * As {@link #clean(String, int)}, for text that was already cut before it got here: a trailing
     * fragment that begins a secret is redacted as well.
     */
    String clean(String text, int maxChars, boolean inputWasCut) {
        String redacted = redact(text);
        if (inputWasCut) {
            redacted = redactTrailingPartial(redacted);
        }
        StringBuilder out = new StringBuilder(Math.min(redacted.length(), maxChars) + 3);
        int i = 0;
        while (i < redacted.length() && out.length() < maxChars) {
            int cp = redacted.codePointAt(i);
            out.append(isUnsafe(cp) ? " " : new String(Character.toChars(cp)));
            i += Character.charCount(cp);
        }
        if (i < redacted.length() || inputWasCut) {
            out.append("...");
        }
        return out.toString();
    }

    /** Only the secrets replaced; nothing neutralised or cut. */
    String redact(String text) {
        String result = text;
        for (String form : forms) {
            if (result.contains(form)) {
                result = result.replace(form, REDACTED);
            }
        }
        return result;
    }

    private String redactTrailingPartial(String text) {
        for (String form : forms) {
            // redact replaced every whole form already, so whatever matches here, from the full length down, is a part
            for (int len = Math.min(form.length(), text.length()); len >= MIN_PARTIAL; len--) {
                if (text.regionMatches(text.length() - len, form, 0, len)) {
                    return text.substring(0, text.length() - len) + REDACTED;
                }
            }
        }
        return text;
    }

    /**
     * Control characters (C0, DEL, C1: they start terminal escape sequences and break lines), Unicode
     * format characters (bidi embeddings and overrides, isolates, zero-width joiners, BOM), line and
     * paragraph separators, and unpaired surrogates.
     */
    static boolean isUnsafe(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE;
    }

    private static String jsonEscaped(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append("\\/");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Every byte outside the unreserved set percent-encoded (RFC 3986), in upper- or lower-case hex. */
    private static String percentEncodedEverything(String s, boolean lowerHex) {
        StringBuilder out = new StringBuilder(s.length() * 3);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~';
            if (unreserved) {
                out.append((char) c);
            } else {
                String hex = String.format("%02X", c);
                out.append('%').append(lowerHex ? hex.toLowerCase(java.util.Locale.ROOT) : hex);
            }
        }
        return out.toString();
    }
}
