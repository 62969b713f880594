package dev.chat2desk4j.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static Backoff backoff(double jitter) {
    return new Backoff(Duration.ofMillis(200), 2.0, Duration.ofSeconds(1), () -> jitter);
  }

  @Test
  void millis_fullJitter_growsExponentiallyUpToCap() {
    Backoff backoff = backoff(1.0);

    assertThat(new long[] {backoff.millis(1), backoff.millis(2), backoff.millis(3)})
        .containsExactly(200, 400, 800);
    assertThat(backoff.millis(4)).isEqualTo(1000);
    assertThat(backoff.millis(60)).isEqualTo(1000);
  }

  @Test
  void millis_noJitter_waitsHalfTheBackoff() {
    assertThat(backoff(0.0).millis(2)).isEqualTo(200);
  }

  @Test
  void millis_jitterOutOfRange_isClamped() {
    assertThat(backoff(7.0).millis(1)).isEqualTo(200);
    assertThat(backoff(-3.0).millis(1)).isEqualTo(100);
  }

  @Test
  void create_maxBelowInitial_throws() {
    assertThatThrownBy(
            () -> new Backoff(Duration.ofSeconds(2), 2.0, Duration.ofSeconds(1), () -> 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("initial <= max");
  }
}
