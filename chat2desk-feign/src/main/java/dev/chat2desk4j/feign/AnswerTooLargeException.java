package dev.chat2desk4j.feign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An answer whose body is larger than the client reads ({@link
 * FeignChat2Desk.Builder#maxResponseSize(long)}). It keeps the status and the first bytes, for the
 * {@link dev.chat2desk4j.api.InvalidResponseException} it becomes.
 */
final class AnswerTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  /** How much of the body is kept for the exception's excerpt. */
  static final int KEPT = 4096;

  private final int status;
  private final long limit;
  private final transient byte[] start;

  AnswerTooLargeException(int status, long limit, byte[] start) {
    super("the answer's body is larger than the limit of " + limit + " bytes");
    this.status = status;
    this.limit = limit;
    this.start = start;
  }

  int status() {
    return status;
  }

  long limit() {
    return limit;
  }

  /** The first bytes of the body as text, or null when none were read. */
  String start() {
    return start == null || start.length == 0 ? null : new String(start, StandardCharsets.UTF_8);
  }
}
