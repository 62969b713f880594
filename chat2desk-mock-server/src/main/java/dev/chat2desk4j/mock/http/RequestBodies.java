package dev.chat2desk4j.mock.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads request bodies of at most {@link WireErrors#MAX_BODY_BYTES}. A longer body answers 413,
 * after up to {@link #DISCARD_LIMIT_BYTES} of it is read and thrown away: a body left unread makes
 * Jetty close the connection while the client may still be sending, and the client then loses the
 * answer or sends its next request into the closing connection (SendMessageRouteTest saw both). A
 * body beyond that limit is not read, and its 413 says {@code Connection: close}.
 */
public final class RequestBodies {

  /** How much of a body over the limit is read and dropped to keep the connection usable. */
  public static final long DISCARD_LIMIT_BYTES = 16L * 1024 * 1024;

  private static final byte[] NO_BODY = new byte[0];

  private RequestBodies() {}

  /**
   * The body of a request.
   *
   * @throws WireException 413 for a body over the limit, 400 when it cannot be read
   */
  public static byte[] read(HttpServletRequest request, HttpServletResponse response) {
    long declared = request.getContentLengthLong();
    if (declared == 0 || (declared < 0 && request.getHeader("Transfer-Encoding") == null)) {
      return NO_BODY;
    }
    try (InputStream in = request.getInputStream()) {
      if (declared <= WireErrors.MAX_BODY_BYTES) {
        byte[] bytes = in.readNBytes(WireErrors.MAX_BODY_BYTES + 1);
        if (bytes.length <= WireErrors.MAX_BODY_BYTES) {
          return bytes;
        }
      }
      if (declared > DISCARD_LIMIT_BYTES || !discardedWithin(in, DISCARD_LIMIT_BYTES)) {
        response.setHeader("Connection", "close");
      }
      throw WireErrors.bodyTooLarge().exception();
    } catch (IOException e) {
      throw WireErrors.malformedJson().exception();
    }
  }

  /** Reads the rest of the body and drops it; false when it is longer than {@code limit}. */
  private static boolean discardedWithin(InputStream in, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int read;
    while ((read = in.read(buffer)) >= 0) {
      total += read;
      if (total > limit) {
        return false;
      }
    }
    return true;
  }
}
