package dev.chat2desk4j.mock;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * One request the fake received on its API paths, as the journal keeps it. The {@code
 * Authorization} header is never kept, and of a body only its first {@value #BODY_LIMIT_BYTES}
 * bytes: {@code bodyTruncated} marks the cut and {@code bodySize} tells what arrived.
 *
 * @param at when the request arrived, by the server's clock
 * @param method the HTTP method, such as {@code POST}
 * @param path the path with repeated and trailing slashes removed, such as {@code /v1/messages}
 * @param query the raw query string, or an empty string
 * @param body the request body as UTF-8 text, or its start when {@code bodyTruncated}, or an empty
 *     string
 * @param status the status answered, or 0 when a fault dropped the connection without an answer
 * @param bodySize the size of the body the server read, in bytes
 * @param bodyTruncated whether {@code body} is only the start of what arrived
 */
public record JournalEntry(
    Instant at,
    String method,
    String path,
    String query,
    String body,
    int status,
    int bodySize,
    boolean bodyTruncated) {

  /** How many bytes of a request body the journal keeps; the rest is cut off and marked. */
  public static final int BODY_LIMIT_BYTES = 64 * 1024;

  /** Checks that no part is null and the size is not negative. */
  public JournalEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(body, "body");
    if (bodySize < 0) {
      throw new IllegalArgumentException("bodySize must not be negative but was " + bodySize);
    }
  }

  /** An entry that keeps its whole body, such as a test builds. */
  public JournalEntry(
      Instant at, String method, String path, String query, String body, int status) {
    this(
        at, method, path, query, body, status, body.getBytes(StandardCharsets.UTF_8).length, false);
  }

  /**
   * The entry for a request as received: a body over {@link #BODY_LIMIT_BYTES} is cut there, at the
   * start of a UTF-8 character, and marked.
   */
  static JournalEntry received(
      Instant at, String method, String path, String query, byte[] body, int status) {
    if (body.length <= BODY_LIMIT_BYTES) {
      return new JournalEntry(
          at,
          method,
          path,
          query,
          new String(body, StandardCharsets.UTF_8),
          status,
          body.length,
          false);
    }
    int end = BODY_LIMIT_BYTES;
    while (end > 0 && (body[end] & 0xC0) == 0x80) {
      end--; // a continuation byte: the character started earlier
    }
    String kept = new String(body, 0, end, StandardCharsets.UTF_8);
    return new JournalEntry(at, method, path, query, kept, status, body.length, true);
  }
}
