package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CallDeadlineTest {

  @Test
  void remaining_outsideAnyCall_isEmpty() {
    assertThat(CallDeadline.remaining()).isEmpty();
    assertThat(CallDeadline.remainingNanos()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void within_insideTheCall_remainingIsAtMostTheTimeout() {
    Duration left =
        CallDeadline.within(Duration.ofSeconds(5), () -> CallDeadline.remaining().get());

    assertThat(left).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(5));
    assertThat(CallDeadline.remaining()).as("restored afterwards").isEmpty();
  }

  @Test
  void within_nestedLongerTimeout_keepsTheOuterDeadline() {
    Duration inner =
        CallDeadline.within(
            Duration.ofSeconds(1),
            () -> CallDeadline.within(Duration.ofHours(1), () -> CallDeadline.remaining().get()));

    assertThat(inner).isLessThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void within_nestedShorterTimeout_appliesInsideAndRestoresTheOuterAfter() {
    Duration[] seen = new Duration[2];

    CallDeadline.within(
        Duration.ofHours(1),
        () -> {
          seen[0] =
              CallDeadline.within(Duration.ofSeconds(1), () -> CallDeadline.remaining().get());
          seen[1] = CallDeadline.remaining().get();
          return null;
        });

    assertThat(seen[0]).isLessThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(seen[1]).isGreaterThan(Duration.ofMinutes(59));
  }

  @Test
  void within_callThrows_restoresThePreviousDeadline() {
    assertThatThrownBy(
            () ->
                CallDeadline.within(
                    Duration.ofSeconds(1),
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(CallDeadline.remaining()).isEmpty();
  }

  @Test
  void within_zeroTimeout_isSpentAtOnce() {
    long left = CallDeadline.within(Duration.ZERO, CallDeadline::remainingNanos);

    assertThat(left).isNotPositive();
  }

  @Test
  void within_hugeTimeout_doesNotOverflow() {
    Duration left =
        CallDeadline.within(
            Duration.ofSeconds(Long.MAX_VALUE), () -> CallDeadline.remaining().get());

    assertThat(left).isGreaterThan(Duration.ofDays(365 * 50));
  }

  @Test
  void within_negativeTimeout_isRejected() {
    assertThatThrownBy(() -> CallDeadline.within(Duration.ofMillis(-1), () -> 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout");
  }

  @Test
  void deadline_belongsToTheCallingThreadOnly() {
    boolean otherThreadSees =
        CallDeadline.within(
            Duration.ofSeconds(5),
            () -> CompletableFuture.supplyAsync(() -> CallDeadline.remaining().isPresent()).join());

    assertThat(otherThreadSees).isFalse();
  }
}
