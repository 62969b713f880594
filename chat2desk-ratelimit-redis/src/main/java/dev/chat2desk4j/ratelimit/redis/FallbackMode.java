package dev.chat2desk4j.ratelimit.redis;

/** What {@link RedisAccountRateLimiter} does while Redis is slow or unreachable. */
public enum FallbackMode {

  /**
   * Takes permits from a bucket in this process, one per account, at the account's rate divided by
   * the expected number of instances (or the configured fallback limit), so that the fleet as a
   * whole keeps to about the account's budget.
   */
  LOCAL,

  /** Refuses every call until Redis answers again. */
  REFUSE
}
