package dev.chat2desk4j.feign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses a {@code Retry-After} header: delay seconds, or an HTTP date relative to a clock. Kept by
 * hand because Feign's own parsing (in its default error decoder) cannot take the injected {@link
 * Clock}: it measures an HTTP date against the system clock, so the builder's {@code clock(..)} and
 * the tests that move it would not apply.
 */
final class RetryAfter {

  private RetryAfter() {}

  /**
   * The wait the header asks for: zero for a date in the past, null when the header is absent or
   * unreadable (a broken header must not hide the error it came with).
   */
  static Duration parse(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    if (value.matches("\\d+(\\.\\d+)?")) {
      try {
        long millis = new BigDecimal(value).movePointRight(3).longValueExact();
        return Duration.ofMillis(millis);
      } catch (ArithmeticException tooLarge) {
        return null;
      }
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
