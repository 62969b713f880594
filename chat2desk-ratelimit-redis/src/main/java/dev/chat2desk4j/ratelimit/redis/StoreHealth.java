package dev.chat2desk4j.ratelimit.redis;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Redis is answering, as the limiter's calls find out: one failed or late store call puts
 * the limiter in the degraded state (logged once, as a warning), where calls take the fallback
 * without asking Redis, except one call per probe interval, which asks it again; the first that
 * gets an answer ends the degraded state (logged once). So a dead or slow Redis costs the
 * application one store timeout per probe interval, not one per call.
 */
final class StoreHealth {

  private static final Logger LOG = LoggerFactory.getLogger(RedisAccountRateLimiter.class);

  private final String name;
  private final long probeIntervalNanos;
  private final String whileDegraded;
  private final AtomicBoolean degraded = new AtomicBoolean();
  private final AtomicLong nextProbe = new AtomicLong();

  /**
   * @param name the limiter's name, for the log
   * @param whileDegraded what the limiter does meanwhile, for the log
   */
  StoreHealth(String name, long probeIntervalNanos, String whileDegraded) {
    this.name = name;
    this.probeIntervalNanos = probeIntervalNanos;
    this.whileDegraded = whileDegraded;
  }

  /** Whether this call should ask Redis: always while healthy, once per interval while not. */
  boolean shouldAskStore() {
    if (!degraded.get()) {
      return true;
    }
    long now = System.nanoTime();
    long due = nextProbe.get();
    return now - due >= 0 && nextProbe.compareAndSet(due, now + probeIntervalNanos);
  }

  /** Redis answered. */
  void answered() {
    if (degraded.get() && degraded.compareAndSet(true, false)) {
      LOG.info(
          "Account-wide rate limiter '{}': Redis answers again, back to the shared limit", name);
    }
  }

  /** Redis failed to answer in time, or could not be reached. */
  void failed(RuntimeException cause) {
    nextProbe.set(System.nanoTime() + probeIntervalNanos);
    if (degraded.compareAndSet(false, true)) {
      LOG.warn(
          "Account-wide rate limiter '{}': Redis did not answer ({}: {}); until it does, {}",
          name,
          cause.getClass().getSimpleName(),
          cause.getMessage(),
          whileDegraded);
    }
  }

  /** Whether the limiter is in the degraded state. */
  boolean degraded() {
    return degraded.get();
  }
}
