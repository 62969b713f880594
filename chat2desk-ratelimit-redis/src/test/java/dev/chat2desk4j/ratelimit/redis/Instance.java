package dev.chat2desk4j.ratelimit.redis;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.feign.HttpClientChoice;
import dev.chat2desk4j.resilience.ResilienceDefaults;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.RetryConfig;
import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * One instance of an application as the tests run it: its own limiter (its own Redis connection),
 * and the resilient client over Feign and Apache HC5 with it. Attempts are not retried, so a 429
 * from the API surfaces as a failure, and a call waits up to {@link #PERMIT_WAIT} for a permit.
 */
final class Instance implements AutoCloseable {

  static final Duration PERMIT_WAIT = Duration.ofSeconds(2);

  /** Calls of {@link #warmUp(String)}: within one bucket's burst, so none waits for a permit. */
  static final int WARM_UP_CALLS = 3;

  /**
   * The store timeout of the tests that share a bucket among instances. With the default 50 ms, a
   * pause of the machine's two shared cores (a load average of 10 to 15 is common while other
   * builds run) sometimes made a store call late, and the instance took its fallback for a probe
   * interval, spending beside the shared bucket: those tests are about sharing, the outage tests
   * about the timeout.
   */
  static final Duration UNHURRIED_STORE = Duration.ofSeconds(1);

  final RedisAccountRateLimiter limiter;
  final Chat2Desk client;

  private Instance(RedisAccountRateLimiter limiter, Chat2Desk client) {
    this.limiter = limiter;
    this.client = client;
  }

  /**
   * An instance calling the API at {@code baseUrl} as {@code token}, with a limiter on the Redis at
   * {@code redis} that shares buckets with every other limiter of this {@code secret}.
   */
  static Instance start(
      String redis,
      String secret,
      AccountLimit limit,
      URI baseUrl,
      String token,
      UnaryOperator<RedisAccountRateLimiter.Builder> more) {
    RedisAccountRateLimiter limiter =
        more.apply(
                RedisAccountRateLimiter.builder().redis(redis).secret(secret).defaultLimit(limit))
            .build();
    Chat2Desk client =
        ResilientChat2Desk.wrap(
                FeignChat2Desk.builder()
                    .baseUrl(baseUrl)
                    .token(token)
                    .httpClient(HttpClientChoice.apacheHc5())
                    .build())
            .retry(RetryConfig.custom().maxAttempts(1).build())
            .rateLimiter(
                RateLimiterConfig.from(ResilienceDefaults.rateLimiterConfig())
                    .timeoutDuration(PERMIT_WAIT)
                    .build())
            .accountRateLimiter(limiter, token)
            .build();
    return new Instance(limiter, client);
  }

  /**
   * Makes a few calls as another account, so that this JVM's first calls of the measured account
   * are not its slow first calls: a burst taken from the bucket just before a second of the fake's
   * clock but arriving after it, late because the code was cold, would count in the next second
   * beside that second's own budget. The other account has a bucket and counts of its own.
   */
  void warmUp(String otherToken) {
    Chat2Desk other = client.withToken(otherToken);
    for (int i = 0; i < WARM_UP_CALLS; i++) {
      other.listClients();
    }
  }

  @Override
  public void close() {
    client.close();
    limiter.close();
  }
}
