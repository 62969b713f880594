package dev.chat2desk4j.api;

/**
 * The limits the Chat2Desk API enforces, shared by the request records, the transports and the fake
 * server so that all of them agree on what a valid request is.
 */
public final class ApiLimits {

  /** The largest page the API answers: {@code limit} may be at most this. */
  public static final int MAX_PAGE_SIZE = 200;

  /** The page size the API uses when a request names none. */
  public static final int DEFAULT_PAGE_SIZE = 20;

  /**
   * The longest message text, counted in Unicode code points so that an emoji counts as one
   * character, as a person typing it would count.
   */
  public static final int MAX_TEXT_LENGTH = 4096;

  private ApiLimits() {}

  /**
   * Counts the characters of a message text the way {@link #MAX_TEXT_LENGTH} counts them.
   *
   * @param text the text
   * @return the number of Unicode code points in {@code text}
   */
  public static int textLength(String text) {
    return text.codePointCount(0, text.length());
  }
}
