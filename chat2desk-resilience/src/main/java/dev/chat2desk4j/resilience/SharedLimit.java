package dev.chat2desk4j.resilience;

import dev.chat2desk4j.api.CallDeadline;
import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Chat2DeskRequest;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rate limit stage of one account when an {@link AccountRateLimiter} takes the per-process
 * limiter's place: each attempt asks the account's permits, waiting at most the rate limiter
 * configuration's {@code timeoutDuration} and never past the call's {@link CallDeadline}, and a
 * refusal becomes a {@link CallRejectedException} of reason {@link Reason#RATE_LIMITED} right
 * there, as the per-process limiter's does, so the retry never repeats it.
 *
 * @param name the limiter's name, for the refusal
 * @param permits the account's permits
 * @param timeoutNanos the longest wait for a permit
 */
record SharedLimit(String name, AccountRateLimiter.Permits permits, long timeoutNanos) {

  private static final Logger LOG = LoggerFactory.getLogger(ResilientChat2Desk.class);

  /** The stage of the account with this token; asks the limiter for its permits once. */
  static SharedLimit of(AccountRateLimiter limiter, Duration timeout, String token) {
    return new SharedLimit(limiter.name(), limiter.account(token), timeout.toNanos());
  }

  /** {@code next} behind one of the account's permits. */
  Function<Chat2DeskRequest<?>, Object> decorate(Function<Chat2DeskRequest<?>, Object> next) {
    return request -> {
      long wait = Math.max(0, Math.min(timeoutNanos, CallDeadline.remainingNanos()));
      if (!permits.acquire(Duration.ofNanos(wait))) {
        LOG.debug(
            "{} rejected by {} '{}'", request.operation().methodName(), Reason.RATE_LIMITED, name);
        throw new CallRejectedException(request.operation(), Reason.RATE_LIMITED, name, null);
      }
      return next.apply(request);
    };
  }
}
