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
import java.time.Duration;

/**
 * What each failure means to the resilience layer: may it be retried, does it count against the
 * server's health, and how is it tagged in metrics. The API's exception types carry the facts
 * (delivered or not, Retry-After); this class only reads them.
 */
final class Failures {

  static final String NONE = "none";
  static final String OTHER = "other";

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

  /** The {@code outcome} tag of a failed call. */
  static String outcome(Throwable failure) {
    if (failure instanceof ServerException) {
      return "server_error";
    }
    if (failure instanceof InvalidResponseException) {
      return "invalid_response";
    }
    if (failure instanceof RateLimitedException || failure instanceof QuotaExceededException) {
      return "rate_limited";
    }
    if (failure instanceof CallRejectedException) {
      return "rejected";
    }
    if (failure instanceof AuthenticationException
        || failure instanceof NotFoundException
        || failure instanceof ValidationException
        || failure instanceof ConflictException
        || failure instanceof IllegalArgumentException) {
      return "client_error";
    }
    // TransportException, and anything a transport failed to classify.
    return "transport_error";
  }

  /**
   * The {@code exception} tag of a failed call: the simple name of the library's own (sealed, so
   * bounded) exception types, {@value #OTHER} for anything else.
   */
  static String exceptionTag(Throwable failure) {
    return failure instanceof Chat2DeskException ? failure.getClass().getSimpleName() : OTHER;
  }
}
