package dev.chat2desk4j.mock.fault;

import java.time.Duration;

/**
 * One call as a {@link Fault} acts on it. The HTTP fake implements it for an HTTP exchange and the
 * in-memory fake for a method call, so each kind of fault behaves alike in both.
 */
public interface FaultedCall {

  /** Handles the call as if no fault applied (the state may change) and keeps its answer. */
  void handle();

  /** Sends the answer {@link #handle()} kept. */
  void answer();

  /**
   * Answers without handling the call: the state does not change.
   *
   * @param status the HTTP status
   * @param retryAfter the wait to ask for, or null
   * @param body the exact body to send, or null for the API's error envelope for the status
   */
  void respond(int status, Duration retryAfter, String body);

  /** Ends the call without any answer, as a closed connection does. */
  void drop();

  /** Waits this long before the next step. */
  void pause(Duration duration);
}
