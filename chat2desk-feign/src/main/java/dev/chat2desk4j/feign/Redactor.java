package dev.chat2desk4j.feign;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks one API token in text that leaves the client (log lines, error bodies), so a server that
 * echoes the token cannot leak it. It finds the token verbatim and in every form a body can carry
 * it in: percent- or form-encoded ({@code %41}), JSON-escaped ({@code \"}, {@code \\}, {@code \/},
 * {@code \u0041}), and any mix of these within one occurrence.
 */
final class Redactor {

  static final String MASK = "****";

  private final Pattern token;

  Redactor(String token) {
    this.token = token.isEmpty() ? null : Pattern.compile(anyEncodingOf(token));
  }

  String redact(String text) {
    if (text == null || token == null) {
      return text;
    }
    Matcher matcher = token.matcher(text);
    return matcher.find() ? matcher.replaceAll(MASK) : text;
  }

  @Override
  public String toString() {
    return "Redactor[" + MASK + "]";
  }

  /** One alternation per character: the character itself or any escape that decodes to it. */
  private static String anyEncodingOf(String token) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      String hex = String.format(Locale.ROOT, "%02x", (int) c);
      regex.append("(?:").append(Pattern.quote(String.valueOf(c)));
      regex.append("|%").append(anyCase(hex));
      regex.append("|\\\\u00").append(anyCase(hex));
      if (c == '"' || c == '\\' || c == '/') {
        regex.append("|\\\\").append(Pattern.quote(String.valueOf(c)));
      }
      regex.append(')');
    }
    return regex.toString();
  }

  private static String anyCase(String hex) {
    StringBuilder digits = new StringBuilder();
    for (char digit : hex.toCharArray()) {
      digits.append(
          Character.isLetter(digit)
              ? "[" + digit + Character.toUpperCase(digit) + "]"
              : String.valueOf(digit));
    }
    return digits.toString();
  }
}
