package dev.chat2desk4j.feign;

/**
 * Masks one API token in text that leaves the client (log lines, error bodies), so a server that
 * echoes the token cannot leak it.
 *
 * @param token the token to hide
 */
record Redactor(String token) {

  static final String MASK = "****";

  String redact(String text) {
    if (text == null || token.isEmpty()) {
      return text;
    }
    return text.replace(token, MASK);
  }

  @Override
  public String toString() {
    return "Redactor[" + MASK + "]";
  }
}
