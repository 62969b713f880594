package dev.chat2desk4j.resilience;

import dev.chat2desk4j.api.Operation;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The policy instances one built client and all its {@code withToken} views share: a retry per
 * operation, the client's own guards, the guards of each further account, the meters and the
 * deadline. Retries and the client's own guards come from the given registries (or private ones),
 * so applications that share a registry share them by name.
 */
final class Policies {

  private final Map<Operation, Retry> retries;
  private final Guards guards;
  private final AccountGuards accounts;
  private final RequestMetrics metrics;
  private final Duration deadline;

  private Policies(
      Map<Operation, Retry> retries,
      Guards guards,
      AccountGuards accounts,
      RequestMetrics metrics,
      Duration deadline) {
    this.retries = retries;
    this.guards = guards;
    this.accounts = accounts;
    this.metrics = metrics;
    this.deadline = deadline;
  }

  static Policies assemble(ResilientChat2Desk.Builder b) {
    RetryRegistry retryRegistry =
        b.retryRegistry != null ? b.retryRegistry : RetryRegistry.ofDefaults();
    CircuitBreakerRegistry breakerRegistry =
        b.circuitBreakerRegistry != null
            ? b.circuitBreakerRegistry
            : CircuitBreakerRegistry.ofDefaults();
    RateLimiterRegistry limiterRegistry =
        b.rateLimiterRegistry != null ? b.rateLimiterRegistry : RateLimiterRegistry.ofDefaults();
    BulkheadRegistry bulkheadRegistry =
        b.bulkheadRegistry != null ? b.bulkheadRegistry : BulkheadRegistry.ofDefaults();

    RetryConfig base =
        b.retryConfig != null ? b.retryConfig : ResilienceDefaults.retryConfig(b.jitter);
    Map<Operation, Retry> retries = new EnumMap<>(Operation.class);
    for (Operation operation : Operation.values()) {
      RetryConfig config =
          RetryPolicies.forOperation(
              operation,
              b.retryOverrides.getOrDefault(operation, base),
              b.maxRetryAfter,
              b.sleeper);
      Retry retry = retryRegistry.retry(b.name + "." + operation.methodName(), config);
      RetryPolicies.checkUnsafeRetry(operation, retry);
      retries.put(operation, retry);
    }

    CircuitBreaker breaker =
        breakerRegistry.circuitBreaker(
            b.name,
            Guards.narrow(
                b.circuitBreakerConfig != null
                    ? b.circuitBreakerConfig
                    : ResilienceDefaults.circuitBreakerConfig(),
                b.clock));
    RateLimiter limiter =
        limiterRegistry.rateLimiter(
            b.name,
            b.rateLimiterConfig != null
                ? b.rateLimiterConfig
                : ResilienceDefaults.rateLimiterConfig());
    Bulkhead bulkhead =
        bulkheadRegistry.bulkhead(
            b.name,
            b.bulkheadConfig != null ? b.bulkheadConfig : ResilienceDefaults.bulkheadConfig());

    MeterRegistry meters = b.meterRegistry;
    if (meters != null) {
      TaggedRetryMetrics.ofRetryRegistry(retryRegistry).bindTo(meters);
      TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakerRegistry).bindTo(meters);
      TaggedRateLimiterMetrics.ofRateLimiterRegistry(limiterRegistry).bindTo(meters);
      TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheadRegistry).bindTo(meters);
    }
    AccountGuards accounts =
        new AccountGuards(
            b.name,
            b.maxAccounts,
            Guards.narrow(breaker.getCircuitBreakerConfig(), b.clock),
            limiter.getRateLimiterConfig(),
            bulkhead.getBulkheadConfig(),
            b.accountRateLimiter);
    SharedLimit shared =
        b.accountRateLimiter == null
            ? null
            : SharedLimit.of(
                b.accountRateLimiter,
                limiter.getRateLimiterConfig().getTimeoutDuration(),
                b.accountToken);
    return new Policies(
        retries,
        new Guards(limiter, bulkhead, breaker, shared),
        accounts,
        meters == null
            ? RequestMetrics.NONE
            : new RequestMetrics(meters, b.clientName == null ? b.name : b.clientName),
        b.deadline);
  }

  Retry retry(Operation operation) {
    return retries.get(operation);
  }

  /** The guards of the built client itself. */
  Guards guards() {
    return guards;
  }

  /** The guards of each account reached through {@code withToken}. */
  AccountGuards accounts() {
    return accounts;
  }

  /** How long a whole call may take, retries and waits included. */
  Duration deadline() {
    return deadline;
  }

  RequestMetrics metrics() {
    return metrics;
  }
}
