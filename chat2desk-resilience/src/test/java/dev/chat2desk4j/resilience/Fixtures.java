package dev.chat2desk4j.resilience;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.List;

/**
 * Builders for the decorator in unit tests: no real waits, no jitter, a rate limit tests never hit.
 */
final class Fixtures {

  private Fixtures() {}

  /** Generous enough that no unit test waits for a permit. */
  static RateLimiterConfig unlimited() {
    return RateLimiterConfig.custom()
        .limitForPeriod(100_000)
        .limitRefreshPeriod(Duration.ofSeconds(1))
        .timeoutDuration(Duration.ZERO)
        .build();
  }

  /** The decorator with the defaults, waits recorded into {@code waits} instead of spent. */
  static ResilientChat2Desk.Builder wrap(ScriptedChat2Desk delegate, List<Duration> waits) {
    return ResilientChat2Desk.wrap(delegate)
        .rateLimiter(unlimited())
        .jitter(() -> 1.0)
        .sleeper(waits::add);
  }
}
