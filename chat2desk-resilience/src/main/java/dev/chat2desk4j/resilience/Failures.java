package dev.chat2desk4j.resilience;

import dev.chat2desk4j.api.AuthenticationException;
import dev.chat2desk4j.api.CallDeadline;
import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.ConflictException;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.QuotaExceededException;
import dev.chat2desk4j.api.RateLimitedException;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.api.TransportException;
import dev.chat2desk4j.api.ValidationException;
import io.micrometer.core.instrument.binder.http.Outcome;
import java.time.Duration;
import java.util.List;

/**
 * What each failure means to the resilience layer: may it be retried, does it count against the
 * server's health, and how is it tagged in metrics. The API's exception types carry the facts
 * (delivered or not, Retry-After); this class only reads them.
 */
final class Failures {

  /**
   * The {@code exception} tag of a call that succeeded, as Micrometer's instrumentations tag it.
   */
  static final String NONE = "none";

  /** The {@code exception} tag of a failure that is not one of the library's exceptions. */
  static final String OTHER = "other";

  // The outcome tag: Micrometer's own words (its HTTP Outcome) where it has one, ours otherwise.
  static final String SUCCESS = Outcome.SUCCESS.name();
  static final String CLIENT_ERROR = Outcome.CLIENT_ERROR.name();
  static final String SERVER_ERROR = Outcome.SERVER_ERROR.name();
  static final String UNKNOWN = Outcome.UNKNOWN.name();
  static final String RATE_LIMITED = "RATE_LIMITED";
  static final String QUOTA_EXCEEDED = "QUOTA_EXCEEDED";
  static final String INVALID_RESPONSE = "INVALID_RESPONSE";
  static final String REJECTED = "REJECTED";

  /** Every value the {@code outcome} tag takes; {@code docs/resilience.md} lists the same. */
  static final List<String> OUTCOMES =
      List.of(
          SUCCESS,
          CLIENT_ERROR,
          SERVER_ERROR,
          RATE_LIMITED,
          QUOTA_EXCEEDED,
          INVALID_RESPONSE,
          REJECTED,
          UNKNOWN);

  private Failures() {}

  /**
   * Whether repeating the operation after this failure is safe and may help. Safe and idempotent
   * operations ({@link Operation#isRepeatable()}) are repeated after transport failures, 5xx, 429
   * and unreadable answers. An unsafe one (a send, a create) is repeated only when the failure
   * proves the API did not take it: the connection was never established, or the API answered 429.
   * A read timeout, a 5xx or an unreadable answer after the request went out may have delivered the
   * message, and one customer must never get it twice.
   */
  static boolean retryable(Operation operation, Throwable failure) {
    if (failure instanceof RateLimitedException) {
      return true;
    }
    if (failure instanceof TransportException transport) {
      return operation.isRepeatable() || !transport.mayHaveBeenDelivered();
    }
    return (failure instanceof ServerException || failure instanceof InvalidResponseException)
        && operation.isRepeatable();
  }

  /**
   * Whether a {@code Retry-After} on this failure asks for a wait the call's deadline (see {@link
   * CallDeadline}) does not leave: waiting it out could only end in the deadline, so the call fails
   * at once.
   */
  static boolean waitsPastDeadline(Throwable failure) {
    return failure instanceof Chat2DeskException answered
        && answered
            .retryAfter()
            .filter(wait -> wait.toNanos() >= CallDeadline.remainingNanos())
            .isPresent();
  }

  /** Whether a {@code Retry-After} on this failure is longer than the caller is willing to wait. */
  static boolean waitsTooLong(Throwable failure, Duration maxRetryAfter) {
    return failure instanceof Chat2DeskException answered
        && answered.retryAfter().filter(wait -> wait.compareTo(maxRetryAfter) > 0).isPresent();
  }

  /**
   * Whether the failure says something about the API's health: server errors, transport failures
   * and answers that cannot be understood do; caller errors, throttling and client-side rejections
   * do not.
   */
  static boolean countsAgainstServer(Throwable failure) {
    return failure instanceof ServerException
        || failure instanceof TransportException
        || failure instanceof InvalidResponseException;
  }

  /**
   * The {@code outcome} tag of a failed call: {@code RATE_LIMITED} (429) and {@code QUOTA_EXCEEDED}
   * (the month's calls spent) apart from the other caller errors, as they call for different
   * actions (wait a second, or wait for next month); {@code UNKNOWN}, Micrometer's word for a call
   * without an HTTP status, for transport failures.
   */
  static String outcome(Throwable failure) {
    if (failure instanceof ServerException) {
      return SERVER_ERROR;
    }
    if (failure instanceof InvalidResponseException) {
      return INVALID_RESPONSE;
    }
    if (failure instanceof RateLimitedException) {
      return RATE_LIMITED;
    }
    if (failure instanceof QuotaExceededException) {
      return QUOTA_EXCEEDED;
    }
    if (failure instanceof CallRejectedException) {
      return REJECTED;
    }
    if (failure instanceof AuthenticationException
        || failure instanceof NotFoundException
        || failure instanceof ValidationException
        || failure instanceof ConflictException
        || failure instanceof IllegalArgumentException) {
      return CLIENT_ERROR;
    }
    // TransportException, and anything a transport failed to classify.
    return UNKNOWN;
  }

  /**
   * The {@code exception} tag of a failed call: the simple name of the library's own (sealed, so
   * bounded) exception types, {@value #OTHER} for anything else.
   */
  static String exceptionTag(Throwable failure) {
    return failure instanceof Chat2DeskException ? failure.getClass().getSimpleName() : OTHER;
  }
}
