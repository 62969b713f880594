package dev.chat2desk4j.api;

import java.util.Objects;

/** Argument checks whose messages name the field and say what is wrong with the value. */
final class Checks {

  private Checks() {}

  static long positive(long value, String field) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive but was " + value);
    }
    return value;
  }

  static Long positiveOrNull(Long value, String field) {
    if (value != null) {
      positive(value, field);
    }
    return value;
  }

  static int pageLimit(int limit) {
    if (limit < 1 || limit > ApiLimits.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + ApiLimits.MAX_PAGE_SIZE + " but was " + limit);
    }
    return limit;
  }

  static int offset(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative but was " + offset);
    }
    return offset;
  }

  static String text(String text, String field) {
    Objects.requireNonNull(text, field);
    if (text.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    int length = ApiLimits.textLength(text);
    if (length > ApiLimits.MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          field
              + " must be at most "
              + ApiLimits.MAX_TEXT_LENGTH
              + " characters but had "
              + length);
    }
    return text;
  }

  static <E extends Enum<E>> E known(E value, E unknown, String field) {
    Objects.requireNonNull(value, field);
    if (value == unknown) {
      throw new IllegalArgumentException(field + " must be a known value but was " + value);
    }
    return value;
  }
}
