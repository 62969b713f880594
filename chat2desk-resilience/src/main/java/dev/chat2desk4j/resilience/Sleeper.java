package dev.chat2desk4j.resilience;

import java.time.Duration;

/**
 * Waits between retry attempts. Tests inject one to assert the waits without spending them, or to
 * act between attempts (restart a server); production code keeps Resilience4j's own sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for the given time, or returns at once when it is zero.
   *
   * @param duration how long to wait; not negative
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;
}
