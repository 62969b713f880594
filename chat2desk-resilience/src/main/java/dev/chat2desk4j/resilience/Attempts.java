package dev.chat2desk4j.resilience;

import dev.chat2desk4j.api.CallDeadline;
import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Chat2DeskRequest;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The attempt that Resilience4j's retry repeats, for one call: it counts the attempts started, for
 * the {@code chat2desk.retries} counter, and starts none once the call's {@link CallDeadline} has
 * passed. Then it throws the last attempt's failure again, which the retry no longer repeats (see
 * {@link RetryPolicies}), or, when no attempt could start at all, a {@link CallRejectedException}
 * of reason {@link Reason#DEADLINE_EXCEEDED}, which no retry repeats.
 */
final class Attempts implements Supplier<Object> {

  private final Chat2DeskRequest<?> request;
  private final Function<Chat2DeskRequest<?>, Object> attempt;
  private final String name;
  private int started;
  private RuntimeException last;

  Attempts(
      Chat2DeskRequest<?> request, Function<Chat2DeskRequest<?>, Object> attempt, String name) {
    this.request = request;
    this.attempt = attempt;
    this.name = name;
  }

  /** How many attempts were started. */
  int started() {
    return started;
  }

  @Override
  public Object get() {
    if (CallDeadline.remainingNanos() <= 0) {
      throw last != null
          ? last
          : new CallRejectedException(request.operation(), Reason.DEADLINE_EXCEEDED, name, null);
    }
    started++;
    try {
      return attempt.apply(request);
    } catch (RuntimeException failure) {
      last = failure;
      throw failure;
    }
  }
}
