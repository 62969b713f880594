package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void parse_seconds_isThatDuration() {
    assertThat(RetryAfter.parse("120", clock)).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", clock)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("1.5", clock)).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void parse_httpDate_isRelativeToClock() {
    assertThat(RetryAfter.parse("Wed, 25 Nov 2026 10:00:30 GMT", clock))
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void parse_httpDateInThePast_isZero() {
    assertThat(RetryAfter.parse("Wed, 25 Nov 2026 09:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void parse_absentOrUnreadable_isNull() {
    assertThat(RetryAfter.parse(null, clock)).isNull();
    assertThat(RetryAfter.parse("", clock)).isNull();
    assertThat(RetryAfter.parse("soon", clock)).isNull();
    assertThat(RetryAfter.parse("-5", clock)).isNull();
    assertThat(RetryAfter.parse("99999999999999999999999", clock)).isNull();
  }
}
