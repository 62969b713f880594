package dev.chat2desk4j.mock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ApiUsageTest {

  private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-30T23:59:00Z"));
  private final ApiUsage usage = MockState.create(clock).addAccount("t").reference().usage();

  @Test
  void admit_countsEachCallWithoutALimit() {
    usage.admit();
    usage.admit();

    assertThat(usage.requestsThisMonth()).isEqualTo(2);
    assertThat(usage.limit()).isEmpty();
  }

  @Test
  void admit_atTheLimit_refusesWithoutCounting() {
    usage.set(2L, 1);

    assertThat(usage.admit()).isTrue();
    assertThat(usage.admit()).isFalse();
    assertThat(usage.admit()).isFalse();
    assertThat(usage.requestsThisMonth()).isEqualTo(2);
  }

  @Test
  void admit_inTheNextMonthOfTheClock_startsTheCountAgain() {
    usage.set(2L, 2);
    assertThat(usage.admit()).isFalse();

    clock.advance(Duration.ofMinutes(2));

    assertThat(usage.requestsThisMonth()).isZero();
    assertThat(usage.admit()).isTrue();
    assertThat(usage.limit()).hasValue(2);
  }

  @Test
  void set_negative_isRejected() {
    assertThatThrownBy(() -> usage.set(-1L, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> usage.set(null, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reset_bringsBackTheSeededQuota() {
    MockState state = MockState.create(clock);
    ApiUsage seeded =
        state.addAccount("q", Seed.builder().quota(10, 9).build()).reference().usage();
    seeded.admit();
    seeded.set(null, 0);

    state.reset("q");

    assertThat(seeded.limit()).hasValue(10);
    assertThat(seeded.requestsThisMonth()).isEqualTo(9);
  }

  /** A clock a test moves on by hand. */
  private static final class SteppingClock extends Clock {
    private Instant now;

    SteppingClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
