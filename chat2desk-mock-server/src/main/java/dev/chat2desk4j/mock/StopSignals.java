package dev.chat2desk4j.mock;

import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into a callback, so that the runnable jar stops cleanly with status 0:
 * with only a shutdown hook the JVM ends a SIGTERM with 143, which CI systems report as a failure.
 * The JDK has no supported API for this; {@code sun.misc.Signal} (module {@code jdk.unsupported})
 * is the one every JDK since 6 keeps for exactly this use, hence the compiler's warning.
 */
final class StopSignals {

  private StopSignals() {}

  /**
   * Calls {@code onStop} on SIGTERM and SIGINT instead of the JVM's shutdown.
   *
   * @return false when the platform refuses a handler (the JVM then shuts down as usual)
   */
  static boolean onStop(Runnable onStop) {
    try {
      Signal.handle(new Signal("TERM"), signal -> onStop.run());
      Signal.handle(new Signal("INT"), signal -> onStop.run());
      return true;
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return false;
    }
  }
}
