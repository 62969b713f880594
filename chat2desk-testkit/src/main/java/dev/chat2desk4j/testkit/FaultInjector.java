package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Operation;

/**
 * Makes the system a {@link Chat2DeskContract} tests fail the way the real API fails, for the
 * contract's error cases. The failures last until the environment is closed.
 */
public interface FaultInjector {

  /**
   * Answers every following request of an operation with this status and the API's error envelope
   * for it (such as {@code Number of API requests exceeded} for 429), without acting on it.
   *
   * @param operation the operation to fail
   * @param status the HTTP status, 400 to 599
   */
  void respondAlways(Operation operation, int status);

  /**
   * Closes the connection of every following request of an operation without an answer and without
   * acting on it.
   *
   * @param operation the operation to fail
   */
  void dropConnectionAlways(Operation operation);
}
