package dev.chat2desk4j.ratelimit.redis;

import dev.chat2desk4j.ratelimit.redis.LimiterMetrics.Refusal;
import dev.chat2desk4j.ratelimit.redis.LimiterMetrics.Source;
import dev.chat2desk4j.resilience.AccountRateLimiter;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One account's permits: from its bucket in Redis, shared by every instance, or, while Redis does
 * not answer, from the account's fallback bucket in this process (or none, when the fallback
 * refuses). A permit is reserved in one store call and then waited for here, so a call that may
 * wait takes one round trip to Redis.
 */
final class AccountBucket implements AccountRateLimiter.Permits {

  // Longer waits than this are treated as this: far beyond any deadline, and safe from overflow.
  private static final long LONGEST_WAIT_NANOS = Duration.ofDays(1).toNanos();

  private final byte[] key;
  private final BucketConfiguration configuration;
  private final Bucket fallback;
  private final RedisStore store;
  private final StoreHealth health;
  private final LimiterMetrics metrics;
  private volatile BucketProxy shared;

  /**
   * @param key the account's key in Redis
   * @param configuration the account's shared bucket, made in Redis when it has none
   * @param fallback the account's bucket in this process, or null to refuse while Redis is down
   */
  AccountBucket(
      String key,
      BucketConfiguration configuration,
      Bucket fallback,
      RedisStore store,
      StoreHealth health,
      LimiterMetrics metrics) {
    this.key = key.getBytes(StandardCharsets.UTF_8);
    this.configuration = configuration;
    this.fallback = fallback;
    this.store = store;
    this.health = health;
    this.metrics = metrics;
  }

  @Override
  public boolean acquire(Duration maxWait) {
    long start = System.nanoTime();
    long wait =
        maxWait.compareTo(Duration.ofNanos(LONGEST_WAIT_NANOS)) > 0
            ? LONGEST_WAIT_NANOS
            : Math.max(0, maxWait.toNanos());
    if (health.shouldAskStore()) {
      try {
        boolean permitted = take(sharedBucket(), wait);
        health.answered();
        return permitted ? metrics.permitted(Source.SHARED, start) : metrics.refused(Refusal.LIMIT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return metrics.refused(Refusal.INTERRUPTED);
      } catch (RuntimeException storeFailure) {
        // Lettuce's and Bucket4j's exceptions for a late, refused or lost store call alike.
        health.failed(storeFailure);
      }
    }
    if (fallback == null) {
      return metrics.refused(Refusal.STORE);
    }
    try {
      long left = Math.max(0, wait - (System.nanoTime() - start));
      return take(fallback, left)
          ? metrics.permitted(Source.FALLBACK, start)
          : metrics.refused(Refusal.LIMIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return metrics.refused(Refusal.INTERRUPTED);
    }
  }

  private BucketProxy sharedBucket() {
    BucketProxy bucket = shared;
    if (bucket == null) {
      bucket = store.bucket(key, () -> configuration);
      shared = bucket;
    }
    return bucket;
  }

  /** One token now, or reserved and waited for when it comes within {@code waitNanos}. */
  private static boolean take(Bucket bucket, long waitNanos) throws InterruptedException {
    return waitNanos == 0
        ? bucket.tryConsume(1)
        : bucket.asBlocking().tryConsume(1, waitNanos, BlockingStrategy.PARKING);
  }
}
