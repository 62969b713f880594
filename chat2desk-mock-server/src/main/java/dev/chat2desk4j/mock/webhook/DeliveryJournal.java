package dev.chat2desk4j.mock.webhook;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * The newest delivery attempts, bounded, and a bounded wait for one that matches. Waiting uses the
 * journal's monitor, woken by every new attempt, so a test never polls with sleeps.
 */
final class DeliveryJournal {

  private final int capacity;
  private final Deque<DeliveryAttempt> attempts = new ArrayDeque<>();

  DeliveryJournal(int capacity) {
    this.capacity = capacity;
  }

  synchronized void add(DeliveryAttempt attempt) {
    if (attempts.size() == capacity) {
      attempts.removeFirst();
    }
    attempts.addLast(attempt);
    notifyAll();
  }

  synchronized List<DeliveryAttempt> snapshot() {
    return List.copyOf(attempts);
  }

  synchronized void clear() {
    attempts.clear();
  }

  /** Wakes the waiters, such as after a change of the dispatcher's counts. */
  synchronized void touch() {
    notifyAll();
  }

  /**
   * Waits until the attempts kept satisfy a condition, at most {@code timeout}.
   *
   * @return the attempts that satisfied it, or the last ones seen when the time ran out
   */
  synchronized List<DeliveryAttempt> await(
      Predicate<List<DeliveryAttempt>> condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<DeliveryAttempt> seen = new ArrayList<>(attempts);
    while (!condition.test(seen)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return seen;
      }
      wait(Math.max(1, left / 1_000_000));
      seen = new ArrayList<>(attempts);
    }
    return seen;
  }
}
