package dev.chat2desk4j.resilience;

import java.time.Duration;

/**
 * A rate limiter that takes the place of {@link ResilientChat2Desk}'s per-process Resilience4j
 * limiter, for limits that must hold across processes: Chat2Desk counts requests per account, so an
 * application on ten instances spends ten per-process budgets. Set it with {@link
 * ResilientChat2Desk.Builder#accountRateLimiter(AccountRateLimiter, String)}; it then stands at the
 * rate limiter's place in the decoration, so every attempt, retries included, takes one permit.
 * {@code chat2desk-ratelimit-redis} implements it on Redis.
 *
 * <p>Implementations are thread-safe; the decorator asks {@link #account(String)} once per client
 * view (the built client, and each {@code withToken} view while its account's guards are cached)
 * and {@link Permits#acquire(Duration)} once per attempt.
 */
public interface AccountRateLimiter {

  /** The limiter's name, for its meters and for the message of a refused call. */
  String name();

  /**
   * The permits of one account. Called with the token so that an implementation can derive a key
   * that every instance of the application shares for that account; it must keep, log and send only
   * such a derived key (a keyed digest, say), never the token.
   *
   * @param token the account's API token
   */
  Permits account(String token);

  /** The permits of one account. */
  @FunctionalInterface
  interface Permits {

    /**
     * Takes one permit, waiting for it at most {@code maxWait}: the shorter of the rate limiter
     * configuration's {@code timeoutDuration} and the time left before the call's deadline. An
     * implementation that cannot tell within that time answers false rather than overrun it, apart
     * from the bounded time of one call to its store.
     *
     * @param maxWait how long the caller may wait; zero to take a permit only if one is free now
     * @return whether a permit was taken; false refuses the attempt, which then fails with a {@code
     *     CallRejectedException} of reason {@code RATE_LIMITED}
     */
    boolean acquire(Duration maxWait);
  }
}
