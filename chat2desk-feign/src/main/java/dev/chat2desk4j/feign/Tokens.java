package dev.chat2desk4j.feign;

import java.util.Objects;

/**
 * Checks an API token before it goes near a header. HTTP header values may carry only visible ASCII
 * here: the JDK client rejects anything else with an exception whose message quotes the value, and
 * other clients alter it silently. The message names the problem and its position, never the token.
 */
final class Tokens {

  private Tokens() {}

  static String check(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(
            "token must be visible ASCII characters only but has "
                + kind(c)
                + " at position "
                + i
                + " (counted from 0)");
      }
    }
    return token;
  }

  private static String kind(char c) {
    if (c == '\r' || c == '\n') {
      return "a line break";
    }
    if (Character.isSpaceChar(c)) {
      return "a space";
    }
    if (c < 0x20 || c == 0x7f) {
      return "a control character";
    }
    return "a non-ASCII character";
  }
}
