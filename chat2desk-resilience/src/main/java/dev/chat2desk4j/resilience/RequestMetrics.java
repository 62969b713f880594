package dev.chat2desk4j.resilience;

import dev.chat2desk4j.api.Operation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The layer's own meters: the {@value #REQUESTS} timer per call (retries included) and the {@value
 * #RETRIES} counter per operation, both tagged with the client's name so that two clients in one
 * registry stay apart. Every other tag value comes from a closed set, so the number of series is
 * bounded. The success timers and the counters are looked up once, keeping the happy path free of
 * registry lookups.
 */
final class RequestMetrics {

  static final String REQUESTS = "chat2desk.requests";
  static final String RETRIES = "chat2desk.retries";

  /** Records nothing, for clients built without a registry. */
  static final RequestMetrics NONE = new RequestMetrics(null, "none");

  private final MeterRegistry registry;
  private final String client;
  private final Map<Operation, Timer> successes = new EnumMap<>(Operation.class);
  private final Map<Operation, Counter> retries = new EnumMap<>(Operation.class);
  private final Map<FailureKey, Timer> failures = new ConcurrentHashMap<>();

  private record FailureKey(Operation operation, String outcome, String exception) {}

  RequestMetrics(MeterRegistry registry, String client) {
    this.registry = registry;
    this.client = client;
    if (registry != null) {
      for (Operation operation : Operation.values()) {
        successes.put(operation, timer(operation, Failures.SUCCESS, Failures.NONE));
        retries.put(
            operation,
            Counter.builder(RETRIES)
                .description("Attempts repeated after a retryable failure")
                .tag("client", client)
                .tag("operation", operation.methodName())
                .register(registry));
      }
    }
  }

  /** A start time to hand back to {@link #success} or {@link #failure}. */
  long start() {
    return registry == null ? 0L : registry.config().clock().monotonicTime();
  }

  void success(Operation operation, long start, int attempts) {
    if (registry != null) {
      successes.get(operation).record(elapsed(start), TimeUnit.NANOSECONDS);
      countRetries(operation, attempts);
    }
  }

  void failure(Operation operation, long start, int attempts, Throwable failure) {
    if (registry != null) {
      FailureKey key =
          new FailureKey(operation, Failures.outcome(failure), Failures.exceptionTag(failure));
      failures
          .computeIfAbsent(key, k -> timer(k.operation(), k.outcome(), k.exception()))
          .record(elapsed(start), TimeUnit.NANOSECONDS);
      countRetries(operation, attempts);
    }
  }

  private void countRetries(Operation operation, int attempts) {
    if (attempts > 1) {
      retries.get(operation).increment(attempts - 1);
    }
  }

  private long elapsed(long start) {
    return registry.config().clock().monotonicTime() - start;
  }

  private Timer timer(Operation operation, String outcome, String exception) {
    return Timer.builder(REQUESTS)
        .description("Chat2Desk calls as the application saw them, retries included")
        .tag("client", client)
        .tag("operation", operation.methodName())
        .tag("outcome", outcome)
        .tag("exception", exception)
        .register(registry);
  }
}
