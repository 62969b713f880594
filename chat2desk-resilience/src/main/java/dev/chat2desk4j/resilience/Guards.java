package dev.chat2desk4j.resilience;

import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Chat2DeskRequest;
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
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three guards of one account and the decoration of an attempt with them, from Resilience4j's
 * own decorators, outermost first: {@code RateLimiter(Bulkhead(CircuitBreaker(call)))}, where an
 * {@link AccountRateLimiter}'s permits ({@link SharedLimit}) take the place of the per-process rate
 * limiter when one is configured. The breaker is innermost so that it times only the call to the
 * API, not the waits for a permit. Each guard's refusal becomes a {@link CallRejectedException}
 * right where the guard throws it, so nothing outside (the retry least of all) sees Resilience4j's
 * exception types.
 *
 * <p>The waits for a permit and a slot end by the call's deadline, see {@link DeadlineWaits}.
 */
final class Guards {

  private static final Logger LOG = LoggerFactory.getLogger(ResilientChat2Desk.class);

  private final RateLimiter rateLimiter;
  private final Bulkhead bulkhead;
  private final CircuitBreaker circuitBreaker;
  private final SharedLimit shared;

  /**
   * @param shared the account-wide limit that takes the rate limiter's place, or null to keep the
   *     per-process {@code rateLimiter}
   */
  Guards(
      RateLimiter rateLimiter,
      Bulkhead bulkhead,
      CircuitBreaker circuitBreaker,
      SharedLimit shared) {
    this.rateLimiter = rateLimiter;
    this.bulkhead = bulkhead;
    this.circuitBreaker = circuitBreaker;
    this.shared = shared;
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
   * Decorates the attempt of any request with this account's guards. Built once per client view:
   * the decorators are functions of the request, so no call builds them again.
   */
  Function<Chat2DeskRequest<?>, Object> decorate(Function<Chat2DeskRequest<?>, Object> attempt) {
    Function<Chat2DeskRequest<?>, Object> judged =
        refusing(
            warningIfOpened(CircuitBreaker.decorateFunction(circuitBreaker, attempt)),
            Reason.CIRCUIT_OPEN,
            circuitBreaker.getName());
    Function<Chat2DeskRequest<?>, Object> slotted =
        refusing(DeadlineWaits.slot(bulkhead, judged), Reason.BULKHEAD_FULL, bulkhead.getName());
    if (shared != null) {
      return shared.decorate(slotted);
    }
    return refusing(
        DeadlineWaits.permit(rateLimiter, slotted), Reason.RATE_LIMITED, rateLimiter.getName());
  }

  /**
   * Logs a warning when the breaker opened during the attempt. Watched here rather than through the
   * breaker's state transition event, because a breaker with any event consumer makes an event
   * object (with a {@code ZonedDateTime}) for every call: subscribed, the decorated call without
   * metrics took about 0.31 µs in {@code DecoratorOverheadBenchmark}, watched here 0.25 µs (same
   * machine and hour; BENCHMARKS.md section 6).
   */
  private Function<Chat2DeskRequest<?>, Object> warningIfOpened(
      Function<Chat2DeskRequest<?>, Object> judged) {
    return request -> {
      State before = circuitBreaker.getState();
      try {
        return judged.apply(request);
      } finally {
        if (before != State.OPEN && circuitBreaker.getState() == State.OPEN) {
          CircuitBreaker.Metrics metrics = circuitBreaker.getMetrics();
          LOG.warn(
              "Circuit breaker '{}' opened: {} % of recent calls failed, {} % were slow",
              circuitBreaker.getName(), metrics.getFailureRate(), metrics.getSlowCallRate());
        }
      }
    };
  }

  /** Turns the refusal of the guard just applied into a {@link CallRejectedException}. */
  private static Function<Chat2DeskRequest<?>, Object> refusing(
      Function<Chat2DeskRequest<?>, Object> guarded, Reason reason, String guard) {
    return request -> {
      try {
        return guarded.apply(request);
      } catch (CallNotPermittedException
          | BulkheadFullException
          | RequestNotPermitted
          | AcquirePermissionCancelledException refused) {
        LOG.debug("{} rejected by {} '{}'", request.operation().methodName(), reason, guard);
        throw new CallRejectedException(request.operation(), reason, guard, refused);
      }
    };
  }
}
