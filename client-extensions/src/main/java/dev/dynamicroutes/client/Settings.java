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
     * A header value {@code java.net.http} will send: visible Latin-1 characters, spaces and tabs
     * (RFC 9110 field-value). Never echoes the value.
     */
    static String headerValue(String setting, String name, String value) {
        Objects.requireNonNull(value, "value");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c == '\t' || (c >= 0x20 && c != 0x7f && c <= 0xff);
            if (!allowed) {
                throw new IllegalArgumentException(setting + "(" + name + ", …): the value contains "
                        + (c > 0xff ? "a character outside Latin-1" : "a control character") + " at index " + i
                        + "; HTTP header values allow visible Latin-1 characters, spaces and tabs");
            }
        }
        return value;
    }
}
