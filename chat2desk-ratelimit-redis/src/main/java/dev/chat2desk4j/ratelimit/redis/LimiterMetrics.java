package dev.chat2desk4j.ratelimit.redis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The limiter's meters, each tagged with the limiter's name only besides the closed sets below, so
 * their number never grows with the number of accounts: the {@value #WAIT} timer of permits given
 * ({@code source}: {@code shared} from Redis, {@code fallback} from this process), the {@value
 * #REFUSED} counter ({@code reason}: {@code limit} when no permit came in time, {@code store} when
 * the fallback refuses because Redis is down, {@code interrupted}), and the {@value #DEGRADED}
 * gauge, 1 while Redis is not answering.
 */
final class LimiterMetrics {

  static final String WAIT = "chat2desk.ratelimit.wait";
  static final String REFUSED = "chat2desk.ratelimit.refused";
  static final String DEGRADED = "chat2desk.ratelimit.degraded";

  /** Where a permit came from. */
  enum Source {
    SHARED,
    FALLBACK
  }

  /** Why a call got no permit. */
  enum Refusal {
    LIMIT,
    STORE,
    INTERRUPTED
  }

  private final Timer shared;
  private final Timer fallback;
  private final Counter[] refused = new Counter[Refusal.values().length];

  /** The meters in this registry, or none when it is null. */
  LimiterMetrics(MeterRegistry registry, String name, StoreHealth health) {
    if (registry == null) {
      shared = null;
      fallback = null;
      return;
    }
    shared = timer(registry, name, "shared");
    fallback = timer(registry, name, "fallback");
    for (Refusal reason : Refusal.values()) {
      refused[reason.ordinal()] =
          Counter.builder(REFUSED)
              .description("Calls the account-wide rate limiter gave no permit")
              .tag("limiter", name)
              .tag("reason", reason.name().toLowerCase(Locale.ROOT))
              .register(registry);
    }
    Gauge.builder(DEGRADED, health, h -> h.degraded() ? 1 : 0)
        .description("1 while Redis does not answer and the fallback applies")
        .tag("limiter", name)
        .register(registry);
  }

  /** Records a permit given after waiting since {@code start} (a {@link System#nanoTime()}). */
  boolean permitted(Source source, long start) {
    Timer timer = source == Source.SHARED ? shared : fallback;
    if (timer != null) {
      timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
    return true;
  }

  /** Records a refusal. */
  boolean refused(Refusal reason) {
    Counter counter = refused[reason.ordinal()];
    if (counter != null) {
      counter.increment();
    }
    return false;
  }

  private static Timer timer(MeterRegistry registry, String name, String source) {
    return Timer.builder(WAIT)
        .description("Time a call waited for a permit of the account-wide rate limiter")
        .tag("limiter", name)
        .tag("source", source)
        .register(registry);
  }
}
