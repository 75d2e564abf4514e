package dev.dynamicroutes.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;

/**
 * The wait a response asks for: {@code retry-after-ms} (milliseconds), else {@code Retry-After} as
 * seconds or as an HTTP date. Returns null when absent or unreadable.
 */
final class RetryAfter {

  private RetryAfter() {}

  static Duration parse(Map<String, Collection<String>> headers, Clock clock) {
    String ms = Exchanges.header(headers, "retry-after-ms");
    if (ms != null) {
      try {
        return Duration.ofNanos(Math.round(Double.parseDouble(ms.trim()) * 1_000_000d));
      } catch (NumberFormatException e) {
        // fall through to Retry-After
      }
    }
    String value = Exchanges.header(headers, "retry-after");
    if (value == null) {
      return null;
    }
    value = value.trim();
    try {
      return Duration.ofNanos(Math.round(Double.parseDouble(value) * 1_000_000_000d));
    } catch (NumberFormatException e) {
      // not seconds: try an HTTP date
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Duration.between(clock.instant(), at.toInstant());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
