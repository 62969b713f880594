package dev.chat2desk4j.feign;

import feign.Request;
import feign.Response;
import feign.slf4j.Slf4jLogger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Feign's SLF4J logger at DEBUG, with credentials masked: the {@code Authorization} header is
 * logged as {@code ****} (shown, so a reader sees it was sent) and the token is replaced wherever
 * else it appears, in any encoding {@link Redactor} knows. The answer line names method, path,
 * status and duration. No line is longer than {@value #MAX_LINE} characters: a longer one, such as
 * a big body at {@link LogLevel#FULL}, is cut with a note of its full length.
 */
final class RedactingLogger extends Slf4jLogger {

  private static final Set<String> SECRET_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    SECRET_HEADERS.addAll(Set.of("Authorization", "Proxy-Authorization"));
  }

  /** The longest line logged, in characters. */
  static final int MAX_LINE = 4096;

  private final org.slf4j.Logger logger;
  private final Redactor redactor;

  private final long maxResponseSize;

  RedactingLogger(org.slf4j.Logger logger, Redactor redactor, long maxResponseSize) {
    super(logger);
    this.logger = logger;
    this.redactor = redactor;
    this.maxResponseSize = maxResponseSize;
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (!logger.isDebugEnabled()) {
      return;
    }
    Object[] shown = args;
    if ("%s: %s".equals(format) && args.length == 2 && SECRET_HEADERS.contains(args[0] + "")) {
      shown = new Object[] {args[0], Redactor.MASK};
    }
    String line = redactor.redact(String.format(format, shown));
    if (line.length() > MAX_LINE) {
      // Masked before the cut, so that no token is split and left half visible.
      line =
          line.substring(0, MAX_LINE)
              + "... (cut: "
              + MAX_LINE
              + " of "
              + line.length()
              + " chars)";
    }
    super.log(configKey, "%s", line);
  }

  @Override
  protected Response logAndRebufferResponse(
      String configKey, Level logLevel, Response response, long elapsedTime) throws IOException {
    if (!logger.isDebugEnabled()) {
      return response;
    }
    Request request = response.request();
    log(
        configKey,
        "<--- %s %s %s (%sms)",
        request == null ? "?" : request.httpMethod().name(),
        request == null ? "?" : RequestLines.pathAndQuery(request.url()),
        response.status(),
        elapsedTime);
    if (logLevel.ordinal() < Level.HEADERS.ordinal()) {
      return response;
    }
    for (Map.Entry<String, Collection<String>> header : response.headers().entrySet()) {
      for (String value : header.getValue()) {
        log(configKey, "%s: %s", header.getKey(), value);
      }
    }
    // The clients of this library hand over bodies already read whole (and capped): no re-read.
    byte[] body = AnswerBody.bytes(response.body(), maxResponseSize, response.status());
    if (logLevel == Level.FULL && body.length > 0) {
      // Decode at most what a line shows, plus a little so the cut note says it was cut.
      int shown = Math.min(body.length, MAX_LINE * 4 + 4);
      String text = new String(body, 0, shown, StandardCharsets.UTF_8);
      log(configKey, "%s", shown < body.length ? text + "…" : text);
    }
    log(configKey, "<--- END HTTP (%s-byte body)", body.length);
    return response.body() instanceof AnswerBody
        ? response
        : response.toBuilder().body(new AnswerBody(body)).build();
  }
}
