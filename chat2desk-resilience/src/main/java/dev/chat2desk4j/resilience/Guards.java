package dev.chat2desk4j.resilience;

import dev.chat2desk4j.api.CallDeadline;
import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Operation;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.exception.AcquirePermissionCancelledException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.time.Clock;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt through the three guards of one account, in the order rate limiter, bulkhead, circuit
 * breaker: the breaker is innermost so that it times only the call to the API, not the waits for a
 * permit. Each guard's refusal becomes a {@link CallRejectedException} at once, so nothing outside
 * sees Resilience4j's exception types.
 *
 * <p>Waits for a permit or a slot end by the call's {@link CallDeadline}. Resilience4j's limiter
 * and bulkhead wait for their configured time, the same for every call; with less time left than
 * that, a permit is reserved and waited for only if it comes in time, and a full bulkhead refuses
 * at once.
 */
final class Guards {

  private static final Logger LOG = LoggerFactory.getLogger(ResilientChat2Desk.class);

  private final RateLimiter rateLimiter;
  private final Bulkhead bulkhead;
  private final CircuitBreaker circuitBreaker;

  Guards(RateLimiter rateLimiter, Bulkhead bulkhead, CircuitBreaker circuitBreaker) {
    this.rateLimiter = rateLimiter;
    this.bulkhead = bulkhead;
    this.circuitBreaker = circuitBreaker;
  }

  /**
   * The caller's breaker configuration with every failure that is not a server or transport failure
   * ignored, so that caller errors, throttling and rejections never trip the breaker.
   *
   * @param clock the breaker's clock, or null to keep the configured one
   */
  static CircuitBreakerConfig narrow(CircuitBreakerConfig base, Clock clock) {
    CircuitBreakerConfig.Builder builder =
        CircuitBreakerConfig.from(base)
            .ignoreException(
                base.getIgnoreExceptionPredicate().or(f -> !Failures.countsAgainstServer(f)));
    if (clock != null) {
      builder.clock(clock);
    }
    return builder.build();
  }

  RateLimiter rateLimiter() {
    return rateLimiter;
  }

  Bulkhead bulkhead() {
    return bulkhead;
  }

  CircuitBreaker circuitBreaker() {
    return circuitBreaker;
  }

  /**
   * Runs one attempt through the guards.
   *
   * @param left the nanoseconds left before the call's deadline, which bound the waits
   */
  <T> T attempt(Operation operation, Supplier<T> call, long left) {
    acquireRatePermit(operation, left);
    acquireSlot(operation, left);
    try {
      acquireBreakerPermit(operation);
      State before = circuitBreaker.getState();
      long start = circuitBreaker.getCurrentTimestamp();
      try {
        T result = call.get();
        circuitBreaker.onResult(
            circuitBreaker.getCurrentTimestamp() - start,
            circuitBreaker.getTimestampUnit(),
            result);
        rateLimiter.onResult(result);
        return result;
      } catch (RuntimeException failure) {
        circuitBreaker.onError(
            circuitBreaker.getCurrentTimestamp() - start,
            circuitBreaker.getTimestampUnit(),
            failure);
        rateLimiter.onError(failure);
        throw failure;
      } finally {
        warnIfOpened(before);
      }
    } finally {
      bulkhead.onComplete();
    }
  }

  /**
   * Warns when the breaker opened during this call. Watching the state here rather than subscribing
   * to the breaker's events keeps the breaker from creating an event object on every call.
   */
  private void warnIfOpened(State before) {
    if (before != State.OPEN && circuitBreaker.getState() == State.OPEN) {
      CircuitBreaker.Metrics metrics = circuitBreaker.getMetrics();
      LOG.warn(
          "Circuit breaker '{}' opened: {} % of recent calls failed, {} % were slow",
          circuitBreaker.getName(), metrics.getFailureRate(), metrics.getSlowCallRate());
    }
  }

  private void acquireRatePermit(Operation operation, long left) {
    if (left >= rateLimiter.getRateLimiterConfig().getTimeoutDuration().toNanos()) {
      try {
        RateLimiter.waitForPermission(rateLimiter);
      } catch (RequestNotPermitted | AcquirePermissionCancelledException refused) {
        throw rejected(operation, Reason.RATE_LIMITED, rateLimiter.getName(), refused);
      }
      return;
    }
    // A permit reserved for after the deadline is given up: the limiter cannot take it back.
    long wait = rateLimiter.reservePermission();
    if (wait < 0 || wait > left) {
      throw rejected(operation, Reason.RATE_LIMITED, rateLimiter.getName(), null);
    }
    long until = System.nanoTime() + wait;
    for (long rest = wait; rest > 0; rest = until - System.nanoTime()) {
      LockSupport.parkNanos(rest);
      if (Thread.currentThread().isInterrupted()) {
        throw rejected(operation, Reason.RATE_LIMITED, rateLimiter.getName(), null);
      }
    }
  }

  private void acquireSlot(Operation operation, long left) {
    if (left < bulkhead.getBulkheadConfig().getMaxWaitDuration().toNanos()
        && bulkhead.getMetrics().getAvailableConcurrentCalls() == 0) {
      throw rejected(operation, Reason.BULKHEAD_FULL, bulkhead.getName(), null);
    }
    try {
      bulkhead.acquirePermission();
    } catch (BulkheadFullException refused) {
      throw rejected(operation, Reason.BULKHEAD_FULL, bulkhead.getName(), refused);
    }
  }

  private void acquireBreakerPermit(Operation operation) {
    try {
      circuitBreaker.acquirePermission();
    } catch (CallNotPermittedException refused) {
      throw rejected(operation, Reason.CIRCUIT_OPEN, circuitBreaker.getName(), refused);
    }
  }

  private static CallRejectedException rejected(
      Operation operation, Reason reason, String guard, RuntimeException cause) {
    LOG.debug("{} rejected by {} '{}'", operation.methodName(), reason, guard);
    return new CallRejectedException(operation, reason, guard, cause);
  }
}
