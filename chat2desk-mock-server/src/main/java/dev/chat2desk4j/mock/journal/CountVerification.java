package dev.chat2desk4j.mock.journal;

/**
 * The count checks shared by every verification of a {@code Chat2DeskMockServer}: each reads the
 * journal afresh and, when it fails, throws an {@link AssertionError} that lists what the server
 * actually received.
 */
public abstract sealed class CountVerification
    permits MessageSentVerification, RequestVerification {

  CountVerification() {}

  /** The narrowed journal query this verification counts. */
  abstract JournalMatch<?> match();

  /** Checks that exactly one entry matches. */
  public void once() {
    times(1);
  }

  /**
   * Checks that exactly {@code count} entries match.
   *
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public void times(int count) {
    Counts.requireNotNegative(count);
    match().expect("exactly " + count, actual -> actual == count);
  }

  /** Checks that no entry matches. */
  public void never() {
    match().expect("no", actual -> actual == 0);
  }

  /** Checks that at least one entry matches. */
  public void atLeastOnce() {
    atLeast(1);
  }

  /**
   * Checks that {@code count} or more entries match.
   *
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public void atLeast(int count) {
    Counts.requireNotNegative(count);
    match().expect("at least " + count, actual -> actual >= count);
  }

  /**
   * Checks that {@code count} or fewer entries match.
   *
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public void atMost(int count) {
    Counts.requireNotNegative(count);
    match().expect("at most " + count, actual -> actual <= count);
  }

  /** How many entries match now. */
  public int count() {
    return match().matching().size();
  }
}
