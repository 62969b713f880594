package dev.chat2desk4j.mock.http;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an answer the way every answer of the fake goes out: JSON in UTF-8 with its length, and
 * gzip by Javalin's own compression for a client that accepts it and an answer of 1 500 bytes or
 * more. Not API: public for the admin routes.
 */
public final class Replies {

  /** The content type of every answer. */
  public static final String CONTENT_TYPE = "application/json;charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(Replies.class);

  /** Javalin's threshold: smaller answers are never compressed. */
  private static final int COMPRESSIBLE_BYTES = 1500;

  private Replies() {}

  /**
   * Sets the answer of an exchange; Javalin writes it when the handler returns.
   *
   * @param retryAfterSeconds the {@code Retry-After} header's value, or null for none
   */
  public static void write(Context ctx, int status, byte[] body, Long retryAfterSeconds) {
    ctx.status(status);
    ctx.contentType(CONTENT_TYPE);
    if (retryAfterSeconds != null) {
      ctx.header("Retry-After", retryAfterSeconds.toString());
    }
    if (body.length >= COMPRESSIBLE_BYTES && ctx.header("Accept-Encoding") != null) {
      ctx.result(body); // Javalin's compression picks what the client accepts
      return;
    }
    // An answer Javalin would not compress goes out at once with its length: as a result, Javalin
    // copies it through a stream in 8 KiB chunks (a tenth of the fake's time in a JFR profile of
    // the list route under load), and Jetty sends an answer over 8 KiB chunked.
    HttpServletResponse response = ctx.res();
    response.setContentLength(body.length);
    try {
      response.getOutputStream().write(body);
    } catch (IOException e) {
      LOG.debug("The client left before its answer was written", e);
    }
  }

  /** Sets an error answer. */
  public static void write(Context ctx, WireError error) {
    write(ctx, error.status(), error.bytes(), null);
  }
}
