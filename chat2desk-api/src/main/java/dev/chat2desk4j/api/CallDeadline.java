package dev.chat2desk4j.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The deadline of the call the current thread is making, handed from a caller to the clients it
 * calls as gRPC propagates deadlines. Code that bounds a whole call runs it {@link #within} a
 * timeout; a {@link Chat2Desk} that honours deadlines (the Feign client does) shortens its own
 * timeouts to {@link #remaining()}, and a decorator cuts its waits to it. Deadlines nest: an inner
 * one never extends an outer one, and the outer one is back in force when the inner call returns.
 *
 * <p>The deadline belongs to the calling thread: work handed to another thread does not carry it.
 * It is measured on {@link System#nanoTime()}, so a change of the wall clock does not move it.
 */
public final class CallDeadline {

  /** Per thread: whether a deadline is set, and when it passes on the nanoTime scale. */
  private static final class Slot {
    boolean set;
    long deadline;
  }

  private static final ThreadLocal<Slot> CURRENT = ThreadLocal.withInitial(Slot::new);

  // About 73 years: far enough to mean "no deadline", near enough not to overflow with nanoTime.
  private static final long LONGEST_NANOS = Long.MAX_VALUE / 4;

  private static final Duration LONGEST = Duration.ofNanos(LONGEST_NANOS);

  private CallDeadline() {}

  /**
   * Runs {@code call} with a deadline {@code timeout} from now, or the current one if that passes
   * earlier, and restores the previous deadline afterwards.
   *
   * @param timeout how long the call may take; not negative
   * @param call the call to run on this thread
   * @param <T> the call's result type
   * @return what the call returned
   */
  public static <T> T within(Duration timeout, Supplier<T> call) {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(call, "call");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative but was " + timeout);
    }
    long nanos = saturatedNanos(timeout);
    Slot slot = CURRENT.get();
    boolean wasSet = slot.set;
    long previous = slot.deadline;
    long deadline = System.nanoTime() + nanos;
    if (!wasSet || deadline - previous < 0) {
      slot.set = true;
      slot.deadline = deadline;
    }
    try {
      return call.get();
    } finally {
      slot.set = wasSet;
      slot.deadline = previous;
    }
  }

  /**
   * The time left until the current thread's deadline: zero or negative once it has passed, empty
   * when no deadline is set.
   */
  public static Optional<Duration> remaining() {
    Slot slot = CURRENT.get();
    return slot.set
        ? Optional.of(Duration.ofNanos(slot.deadline - System.nanoTime()))
        : Optional.empty();
  }

  /**
   * The nanoseconds left until the current thread's deadline, zero or negative once it has passed,
   * or {@link Long#MAX_VALUE} when no deadline is set: {@link #remaining()} without allocating, for
   * code on every call's path.
   */
  public static long remainingNanos() {
    Slot slot = CURRENT.get();
    return slot.set ? slot.deadline - System.nanoTime() : Long.MAX_VALUE;
  }

  private static long saturatedNanos(Duration timeout) {
    return timeout.compareTo(LONGEST) > 0 ? LONGEST_NANOS : timeout.toNanos();
  }
}
