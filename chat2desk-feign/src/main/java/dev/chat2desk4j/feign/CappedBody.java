package dev.chat2desk4j.feign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an answer's body whole, but never more than a cap: an answer past it is refused with {@link
 * AnswerTooLargeException} as soon as its {@code Content-Length} or its bytes show it, so a huge or
 * endless body can neither exhaust memory nor keep a call busy.
 */
final class CappedBody {

  private static final byte[] EMPTY = new byte[0];

  private CappedBody() {}

  /**
   * The whole body.
   *
   * @param in the body's stream, or null for no body
   * @param declared the {@code Content-Length}, or a negative number when unknown
   * @param max the most bytes to accept
   * @param status the answer's status, for the exception
   * @throws AnswerTooLargeException when the body is longer than {@code max}
   */
  static byte[] read(InputStream in, long declared, long max, int status) throws IOException {
    if (in == null) {
      return EMPTY;
    }
    if (declared > max) {
      throw new AnswerTooLargeException(status, max, null);
    }
    // A declared length sizes the buffer only up to a point: it is the server's claim, not bytes.
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(declared >= 0 ? (int) Math.min(declared, 1 << 16) : 8192);
    byte[] chunk = new byte[8192];
    long total = 0;
    int read;
    while ((read = in.read(chunk)) != -1) {
      total += read;
      if (total > max) {
        out.write(chunk, 0, read);
        throw tooLarge(status, max, out.toByteArray());
      }
      out.write(chunk, 0, read);
    }
    return out.toByteArray();
  }

  /** The exception for a body past {@code max}, keeping the first bytes that arrived. */
  static AnswerTooLargeException tooLarge(int status, long max, byte[] arrived) {
    return new AnswerTooLargeException(
        status,
        max,
        Arrays.copyOf(arrived, Math.min(arrived.length, AnswerTooLargeException.KEPT)));
  }
}
