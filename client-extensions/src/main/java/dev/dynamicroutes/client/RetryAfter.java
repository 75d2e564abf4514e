package dev.dynamicroutes.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The wait a response asks for: {@code retry-after-ms} (milliseconds), else {@code Retry-After} as
 * seconds or as an HTTP date (a past date is a zero wait). Returns null when absent or unreadable.
 */
final class RetryAfter {

    /** Plain decimal digits only: no sign, exponent, hex, NaN or Infinity that Double.parseDouble would take. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,15}(\\.\\d{1,9})?");

    private RetryAfter() {}

    private static Duration fromDecimal(String value, double nanosPerUnit) {
        return Duration.ofNanos(Math.round(Double.parseDouble(value) * nanosPerUnit));
    }

    static @Nullable Duration parse(Map<String, Collection<String>> headers, Clock clock) {
        String ms = Exchanges.header(headers, "retry-after-ms");
        if (ms != null && NUMBER.matcher(ms.trim()).matches()) {
            return fromDecimal(ms.trim(), 1_000_000d);
        }
        String value = Exchanges.header(headers, "retry-after");
        if (value == null) {
            return null;
        }
        value = value.trim();
        if (NUMBER.matcher(value).matches()) {
            return fromDecimal(value, 1_000_000_000d);
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            // a date already past asks for no wait at all, never a negative one
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
