package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A client-side guard refused the call before it reached the API: an open circuit breaker, the
 * client-side rate limiter, a full bulkhead, or a deadline spent before any attempt could start.
 * Nothing was sent, so the call is safe to repeat later.
 */
public final class CallRejectedException extends Chat2DeskException {

  private static final long serialVersionUID = 1L;

  /** The guard that refused the call. */
  public enum Reason {
    /** The circuit breaker is open after too many failures. */
    CIRCUIT_OPEN,
    /** The client-side rate limiter had no permit in time. */
    RATE_LIMITED,
    /** Too many calls were already in flight. */
    BULKHEAD_FULL,
    /** The call's deadline (see {@link CallDeadline}) was spent before an attempt could start. */
    DEADLINE_EXCEEDED
  }

  private final Reason reason;

  /**
   * Reports a call refused by a client-side guard.
   *
   * @param operation the operation that was refused
   * @param reason the guard that refused it
   * @param guardName the name of the guard instance, for the message
   * @param cause the guard's own exception, or null
   */
  public CallRejectedException(
      Operation operation, Reason reason, String guardName, Throwable cause) {
    super(
        operation.methodName()
            + " rejected before reaching the API: "
            + describe(Objects.requireNonNull(reason, "reason"), guardName)
            + ". Nothing was sent; retry later.",
        operation,
        null,
        null,
        0,
        null,
        null,
        cause);
    this.reason = reason;
  }

  /** The guard that refused the call. */
  public Reason reason() {
    return reason;
  }

  private static String describe(Reason reason, String name) {
    return switch (reason) {
      case CIRCUIT_OPEN -> "circuit breaker '" + name + "' is open";
      case RATE_LIMITED -> "rate limiter '" + name + "' has no permit";
      case BULKHEAD_FULL -> "bulkhead '" + name + "' is full";
      case DEADLINE_EXCEEDED -> "the deadline of '" + name + "' was spent before an attempt";
    };
  }
}
