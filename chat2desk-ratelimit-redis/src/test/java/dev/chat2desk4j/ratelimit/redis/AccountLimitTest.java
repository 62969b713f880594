package dev.chat2desk4j.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.Bucket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountLimitTest {

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, 1_000_001, Double.NaN, Double.POSITIVE_INFINITY})
  void of_rateOutOfRange_isRefusedNamingIt(double rate) {
    assertThatThrownBy(() -> AccountLimit.of(rate, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ratePerSecond must be more than 0 and at most");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, 1_000_001})
  void of_burstOutOfRange_isRefusedNamingIt(long burst) {
    assertThatThrownBy(() -> AccountLimit.of(1, burst))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("burst must be from 1 to 1000000");
  }

  @ParameterizedTest
  @CsvSource({"10, 10, 4, 2.5, 3", "10, 2, 5, 2.0, 1", "1, 1, 10, 0.1, 1"})
  void dividedAmong_splitsTheRateAndRoundsTheBurstUp(
      double rate, long burst, int instances, double shareRate, long shareBurst) {
    assertThat(AccountLimit.of(rate, burst).dividedAmong(instances))
        .isEqualTo(AccountLimit.of(shareRate, shareBurst));
  }

  @ParameterizedTest
  @CsvSource({"4, 3", "2.5, 1"})
  void bandwidth_startsFullAtTheBurst_andRefusesThen(double rate, long burst) {
    Bucket bucket = Bucket.builder().addLimit(AccountLimit.of(rate, burst).bandwidth()).build();

    for (int i = 0; i < burst; i++) {
      assertThat(bucket.tryConsume(1)).isTrue();
    }

    assertThat(bucket.tryConsume(1)).isFalse();
    assertThat(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill())
        .isBetween(1L, Math.round(1e9 / rate));
  }
}
