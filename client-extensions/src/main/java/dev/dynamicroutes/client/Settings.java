package dev.dynamicroutes.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Checks of builder settings that would otherwise only fail inside a call, as a raw
 * {@code IllegalArgumentException} from {@code java.net.http}: each is refused where it is set,
 * naming the setting.
 */
final class Settings {

    /**
     * The longest timeout accepted: {@code java.net.http} and Feign keep timeouts in milliseconds, and
     * Feign in an {@code int}; about 24.8 days.
     */
    static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

    private Settings() {}

    /** A timeout the transport can keep: positive and at most {@link #MAX_TIMEOUT}. */
    static Duration timeout(String setting, Duration value) {
        Objects.requireNonNull(value, setting);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(setting + " must be positive, was " + value);
        }
        if (value.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(
                    setting + " must be at most " + MAX_TIMEOUT + " (" + Integer.MAX_VALUE + " ms), was " + value);
        }
        return value;
    }

    /**
     * Refuses a header value {@code java.net.http} would not send: it allows visible Latin-1
     * characters, spaces and tabs (RFC 9110 field-value). Never echoes the value.
     */
    static void headerValue(String setting, String name, String value) {
        Objects.requireNonNull(value, "value");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c == '\t' || (c >= 0x20 && c != 0x7f && c <= 0xff);
            if (!allowed) {
                // what is refused is a C0 control, DEL, or a character beyond Latin-1
                throw new IllegalArgumentException(setting + "(" + name + ", …): the value contains "
                        + (Character.isISOControl(c) ? "a control character" : "a character outside Latin-1")
                        + " at index " + i + "; HTTP header values allow visible Latin-1 characters, spaces and tabs");
            }
        }
    }
}
