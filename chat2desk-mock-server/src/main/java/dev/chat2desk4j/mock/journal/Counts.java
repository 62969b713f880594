package dev.chat2desk4j.mock.journal;

/** Argument checks shared by the verifications. */
final class Counts {

  private Counts() {}

  static void requireNotNegative(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative but was " + count);
    }
  }
}
