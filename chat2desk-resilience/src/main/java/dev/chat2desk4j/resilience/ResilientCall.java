package dev.chat2desk4j.resilience;

import dev.chat2desk4j.api.CallDeadline;
import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Operation;
import io.github.resilience4j.retry.Retry;
import java.util.function.Supplier;

/**
 * The attempts of one resilient call: Resilience4j's retry loop ({@code Retry.decorateSupplier})
 * spelled out, to count the attempts for the metrics without allocating per attempt, and to start
 * no attempt once the call's {@link CallDeadline} has passed. It runs inside that deadline, which
 * the retry's waits, the guards and a delegate that honours deadlines read from the thread.
 *
 * @param <T> what the operation returns
 */
final class ResilientCall<T> implements Supplier<T> {

  private final Operation operation;
  private final Supplier<T> delegate;
  private final Guards guards;
  private final Retry retry;
  private final String name;
  private int attempts;

  ResilientCall(
      Operation operation, Supplier<T> delegate, Guards guards, Retry retry, String name) {
    this.operation = operation;
    this.delegate = delegate;
    this.guards = guards;
    this.retry = retry;
    this.name = name;
  }

  /** How many attempts were started, for the metrics. */
  int attempts() {
    return attempts;
  }

  /**
   * Attempts the operation until it succeeds, fails in a way that is not retried, runs out of
   * attempts or runs out of time. Out of time, it throws the last attempt's failure, or a {@link
   * CallRejectedException} with {@link Reason#DEADLINE_EXCEEDED} when no attempt could start.
   */
  @Override
  public T get() {
    Retry.Context<T> context = retry.context();
    RuntimeException last = null;
    while (true) {
      long left = CallDeadline.remainingNanos();
      if (left <= 0) {
        throw last != null
            ? last
            : new CallRejectedException(operation, Reason.DEADLINE_EXCEEDED, name, null);
      }
      attempts++;
      T result;
      try {
        result = guards.attempt(operation, delegate, left);
      } catch (RuntimeException failure) {
        last = failure;
        context.onRuntimeError(failure); // throws it unless another attempt is due
        continue;
      }
      if (!context.onResult(result)) {
        context.onComplete();
        return result;
      }
    }
  }
}
