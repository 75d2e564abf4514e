package dev.dynamicroutes.element;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a route's {@code created_at} / {@code modified_at} the way {@link OffsetDateTime#parse} does, fast for
 * the one shape Cloudflare sends. The JDK's general ISO parser was the largest single self cost of typed
 * decoding (15–21 % of the walking thread in the peer warm walk and the JMH paging profile,
 * benchmarks/results/profiles.md), because it walks a composite formatter and resolves a field map per value.
 *
 * <p>The fast path takes exactly {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|+HH:MM|-HH:MM)} with ASCII digits and
 * in-range values; anything else (lower-case {@code t}/{@code z}, no seconds, another offset form, month 13,
 * Feb 30, hour 24, offset over 18 h…) goes to {@code OffsetDateTime.parse}, so every accepted value equals the
 * JDK's and every rejection is the JDK's own {@link DateTimeParseException}.
 *
 * <pre>{@code
 * OffsetDateTime at = Timestamps.parse("2025-01-30T12:34:56.123456Z");
 * }</pre>
 */
final class Timestamps {

    /** {@code 10^(9 - digits)}: scales a fraction of {@code digits} digits to nanoseconds. */
    private static final int[] NANO_SCALE = {
        1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
    };

    private static final int MAX_OFFSET_HOURS = 18;

    private Timestamps() {}

    /** Same result, or the same exception, as {@code OffsetDateTime.parse(text)}. */
    static OffsetDateTime parse(String text) {
        OffsetDateTime fast = fastOrNull(text);
        return fast != null ? fast : OffsetDateTime.parse(text);
    }

    /** The value when {@code text} has the fast shape and in-range fields; null means "ask the JDK". */
    static @Nullable OffsetDateTime fastOrNull(String text) {
        int n = text.length();
        // shortest: 2025-01-30T12:34:56Z (20), longest: ...56.123456789+05:30 (35)
        if (n < 20 || n > 35) {
            return null;
        }
        if (text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) {
            return null;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 10 && isDigit(text.charAt(i))) {
                i++;
            }
            int count = i - start;
            if (count == 0 || count > 9) {
                return null;
            }
            nanos = digits(text, start, count) * NANO_SCALE[count];
        }
        ZoneOffset offset = offset(text, i);
        if (offset == null) {
            return null;
        }
        return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second, nanos), offset);
    }

    /** {@code Z} or {@code ±HH:MM} filling the rest of {@code text}, within ±18:00; otherwise null. */
    private static @Nullable ZoneOffset offset(String text, int at) {
        int rest = text.length() - at;
        if (rest < 1) {
            return null;
        }
        char sign = text.charAt(at);
        if (rest == 1) {
            return sign == 'Z' ? ZoneOffset.UTC : null;
        }
        if (rest != 6 || (sign != '+' && sign != '-') || text.charAt(at + 3) != ':') {
            return null;
        }
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + 4, 2);
        if (hours < 0 || minutes < 0 || minutes > 59 || hours > MAX_OFFSET_HOURS) {
            return null;
        }
        if (hours == MAX_OFFSET_HOURS && minutes != 0) {
            return null;
        }
        int seconds = (hours * 60 + minutes) * 60;
        // ofTotalSeconds(0) is ZoneOffset.UTC, as the JDK gives for "-00:00"
        return ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
    }

    /** The non-negative number in {@code count} ASCII digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int daysIn(int month, int year) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }
}
