package dev.chat2desk4j.ratelimit.redis;

import io.github.bucket4j.Bandwidth;
import java.time.Duration;

/**
 * One account's budget as a token bucket: {@code ratePerSecond} permits a second, and up to {@code
 * burst} at once after a quiet spell. Within any one second an account so limited sends at most
 * {@code ratePerSecond + burst} requests, so for an API that counts requests per second, choose the
 * two to add up to no more than the account's limit.
 *
 * @param ratePerSecond permits added per second; more than 0, at most {@value #MAX_RATE}
 * @param burst the bucket's capacity; 1 to {@value #MAX_BURST}
 */
public record AccountLimit(double ratePerSecond, long burst) {

  /** The highest rate. */
  public static final double MAX_RATE = 1_000_000;

  /** The largest burst. */
  public static final long MAX_BURST = 1_000_000;

  /** Checks the ranges. */
  public AccountLimit {
    if (!(ratePerSecond > 0 && ratePerSecond <= MAX_RATE)) {
      throw new IllegalArgumentException(
          "ratePerSecond must be more than 0 and at most "
              + MAX_RATE
              + " but was "
              + ratePerSecond);
    }
    if (burst < 1 || burst > MAX_BURST) {
      throw new IllegalArgumentException(
          "burst must be from 1 to " + MAX_BURST + " but was " + burst);
    }
  }

  /** A rate and a burst. */
  public static AccountLimit of(double ratePerSecond, long burst) {
    return new AccountLimit(ratePerSecond, burst);
  }

  /**
   * This budget split among {@code instances} processes that each keep their share alone: the rate
   * divided by them, the burst too (rounded up, at least 1). The per-process fallback's default.
   */
  public AccountLimit dividedAmong(int instances) {
    if (instances < 1) {
      throw new IllegalArgumentException("instances must be positive but was " + instances);
    }
    return new AccountLimit(
        ratePerSecond / instances, Math.max(1, (burst + instances - 1) / instances));
  }

  /**
   * The bucket's one bandwidth: {@code burst} tokens, refilled greedily one at a time every {@code
   * 1 / ratePerSecond} seconds, which allows rates that are not whole numbers.
   */
  Bandwidth bandwidth() {
    long period = Math.max(1, Math.round(1_000_000_000d / ratePerSecond));
    return Bandwidth.builder().capacity(burst).refillGreedy(1, Duration.ofNanos(period)).build();
  }
}
