package dev.chat2desk4j.resilience;

import dev.chat2desk4j.api.CallDeadline;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.ErrorResponse;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RequestLine;
import dev.chat2desk4j.api.TransportException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a caller's {@link RetryConfig} into the one an operation runs with: the caller's predicate
 * narrowed by {@link Failures#retryable}, its waits replaced by {@code Retry-After} when the API
 * sent one, and every wait cut to the time left before the call's {@link CallDeadline}.
 */
final class RetryPolicies {

  private static final Logger LOG = LoggerFactory.getLogger(ResilientChat2Desk.class);

  private RetryPolicies() {}

  /**
   * The configuration for one operation.
   *
   * @param sleeper waits between attempts itself, or null to leave waiting to Resilience4j
   */
  static RetryConfig forOperation(
      Operation operation, RetryConfig base, Duration maxRetryAfter, Sleeper sleeper) {
    Predicate<Throwable> configured = base.getExceptionPredicate();
    Predicate<Throwable> safe =
        failure ->
            Failures.retryable(operation, failure)
                && !Failures.waitsTooLong(failure, maxRetryAfter)
                && !Failures.waitsPastDeadline(failure)
                // Past the deadline no attempt starts (see Attempts): the failure is final.
                && CallDeadline.remainingNanos() > 0
                && configured.test(failure);
    IntervalBiFunction<Object> waits = honouringRetryAfter(operation, base.getIntervalBiFunction());
    return RetryConfig.<Object>from(base)
        // The class lists are already part of the configured predicate; left in place they would
        // be OR-ed with it and could widen the safe predicate.
        .retryExceptions()
        .ignoreExceptions()
        .retryOnException(safe)
        .intervalBiFunction(sleeper == null ? waits : sleepingWith(sleeper, waits))
        .build();
  }

  /**
   * Refuses a retry taken from a shared registry whose configuration would repeat an unsafe call (a
   * send, a create) that the API may already have taken.
   *
   * @throws IllegalStateException when the retry would repeat such a call
   */
  static void checkUnsafeRetry(Operation operation, Retry retry) {
    if (operation.isRepeatable()) {
      return;
    }
    Predicate<Throwable> predicate = retry.getRetryConfig().getExceptionPredicate();
    // Only the operation matters to the rules; method and path are placeholders.
    RequestLine line = new RequestLine(operation, "?", "?");
    Throwable readTimeout = new TransportException(line, true, new IOException("probe"));
    Throwable serverError = Chat2DeskException.fromResponse(line, ErrorResponse.of(503, "probe"));
    if (predicate.test(readTimeout) || predicate.test(serverError)) {
      throw new IllegalStateException(
          "retry '"
              + retry.getName()
              + "' from the registry would repeat a "
              + operation.methodName()
              + " the API may have taken; remove it from the registry or give the client another"
              + " name()");
    }
  }

  private static IntervalBiFunction<Object> honouringRetryAfter(
      Operation operation, IntervalBiFunction<Object> base) {
    return (attempt, outcome) -> {
      long wanted = retryAfter(outcome).orElseGet(() -> base.apply(attempt, outcome));
      // The call gives up at its deadline: no wait outlasts it (rounded up, so that a wait cut to
      // it reaches it), and the call starts no attempt after it.
      long left = Math.max(0, CallDeadline.remainingNanos());
      long millis = Math.min(wanted, left / 1_000_000 + (left % 1_000_000 == 0 ? 0 : 1));
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "{} attempt {} failed ({}), retrying in {} ms",
            operation.methodName(),
            attempt,
            outcome.isLeft() ? Failures.exceptionTag(outcome.getLeft()) : "result",
            millis);
      }
      return millis;
    };
  }

  // A 503 may carry Retry-After as well as a 429: whichever answer asked for a wait gets it.
  private static Optional<Long> retryAfter(Either<Throwable, Object> outcome) {
    if (outcome.isLeft() && outcome.getLeft() instanceof Chat2DeskException answered) {
      return answered.retryAfter().map(Duration::toMillis);
    }
    return Optional.empty();
  }

  private static IntervalBiFunction<Object> sleepingWith(
      Sleeper sleeper, IntervalBiFunction<Object> waits) {
    return (attempt, outcome) -> {
      long millis = waits.apply(attempt, outcome);
      try {
        sleeper.sleep(Duration.ofMillis(Math.max(0, millis)));
      } catch (InterruptedException e) {
        // Resilience4j's own zero-length sleep sees the flag and ends the retry with the last
        // error.
        Thread.currentThread().interrupt();
      }
      return 0L;
    };
  }
}
