package dev.chat2desk4j.api;

import java.util.function.Function;

/** Parses the API's closed sets of strings into the enums that model them. */
final class WireValues {

  private WireValues() {}

  /**
   * The constant whose wire value equals {@code value}, ignoring case, else {@code fallback}.
   *
   * @param values the enum's constants
   * @param wireValue reads a constant's wire value
   * @param value the wire string, or null
   * @param fallback what null and unknown strings become: the enum's {@code UNKNOWN}, or null for
   *     the enums of values only this library sends
   */
  static <E extends Enum<E>> E parse(
      E[] values, Function<? super E, String> wireValue, String value, E fallback) {
    if (value != null) {
      for (E constant : values) {
        if (constant != fallback && wireValue.apply(constant).equalsIgnoreCase(value)) {
          return constant;
        }
      }
    }
    return fallback;
  }
}
