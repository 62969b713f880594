package dev.chat2desk4j.resilience;

import dev.chat2desk4j.api.CallDeadline;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * The waits for a rate limiter permit and a bulkhead slot, cut to the call's {@link CallDeadline}.
 * Resilience4j's limiter and bulkhead wait for their configured time ({@code timeoutDuration},
 * {@code maxWaitDuration}), the same for every call, and take no bound per call; so when the call
 * has at least that long left, their own decorators ({@link RateLimiter#decorateFunction}, {@link
 * Bulkhead#decorateFunction}) do the work, and only with less time left does this class ask them
 * without waiting longer than the call may: a permit is reserved and waited for only if it comes in
 * time, and a full bulkhead refuses at once. {@code DeadlineTest} shows both waits refused at once
 * where Resilience4j's decorators alone would wait an hour.
 */
final class DeadlineWaits {

  private DeadlineWaits() {}

  /** {@code next} behind a rate limiter permit. */
  static <T, R> Function<T, R> permit(RateLimiter limiter, Function<T, R> next) {
    Function<T, R> waiting = RateLimiter.decorateFunction(limiter, next);
    long timeout = limiter.getRateLimiterConfig().getTimeoutDuration().toNanos();
    return request -> {
      long left = CallDeadline.remainingNanos();
      if (left >= timeout) {
        return waiting.apply(request);
      }
      // A permit reserved for after the deadline is given up: the limiter cannot take it back.
      long wait = limiter.reservePermission();
      if (wait < 0 || wait > left) {
        throw RequestNotPermitted.createRequestNotPermitted(limiter);
      }
      long until = System.nanoTime() + wait;
      for (long rest = wait; rest > 0; rest = until - System.nanoTime()) {
        LockSupport.parkNanos(rest);
        if (Thread.currentThread().isInterrupted()) {
          throw RequestNotPermitted.createRequestNotPermitted(limiter);
        }
      }
      try {
        R result = next.apply(request);
        limiter.onResult(result);
        return result;
      } catch (RuntimeException failure) {
        limiter.onError(failure);
        throw failure;
      }
    };
  }

  /** {@code next} in a bulkhead slot. */
  static <T, R> Function<T, R> slot(Bulkhead bulkhead, Function<T, R> next) {
    Function<T, R> waiting = Bulkhead.decorateFunction(bulkhead, next);
    long maxWait = bulkhead.getBulkheadConfig().getMaxWaitDuration().toNanos();
    return request -> {
      // The bulkhead has no take without its wait: a slot another thread takes between this look
      // and the take leaves this call to the bulkhead's own wait.
      if (CallDeadline.remainingNanos() < maxWait
          && bulkhead.getMetrics().getAvailableConcurrentCalls() == 0) {
        throw BulkheadFullException.createBulkheadFullException(bulkhead);
      }
      return waiting.apply(request);
    };
  }
}
