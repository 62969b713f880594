package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Operation;
import java.time.Duration;

/**
 * Makes the system a {@link Chat2DeskContract} tests fail the way the real API fails, for the
 * contract's error cases. The failures last until the environment is closed.
 *
 * <p>Capabilities added later are default methods that throw {@link UnsupportedOperationException},
 * so an existing implementation keeps compiling; the contract skips the tests that need a
 * capability its environment lacks.
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

  /**
   * Answers the next request of an operation with this status and the API's error envelope for it,
   * without acting on it; later requests are answered normally.
   *
   * @param operation the operation to fail
   * @param status the HTTP status, 400 to 599
   */
  default void respondOnce(Operation operation, int status) {
    throw new UnsupportedOperationException("respondOnce is not supported by " + this);
  }

  /**
   * Acts on every following request of an operation (a message is stored), then closes the
   * connection without an answer.
   *
   * @param operation the operation to fail
   */
  default void storeThenDropAlways(Operation operation) {
    throw new UnsupportedOperationException("storeThenDropAlways is not supported by " + this);
  }

  /**
   * Acts on every following request of an operation, then waits this long before answering.
   *
   * @param operation the operation to slow
   * @param stall the wait between acting and answering
   */
  default void stallAlways(Operation operation, Duration stall) {
    throw new UnsupportedOperationException("stallAlways is not supported by " + this);
  }
}
