package dev.chat2desk4j.feign;

import feign.Request;
import feign.Response;
import feign.Util;
import feign.slf4j.Slf4jLogger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Feign's SLF4J logger at DEBUG, with credentials masked: the {@code Authorization} header is
 * logged as {@code ****} (shown, so a reader sees it was sent) and the token is replaced wherever
 * else it appears. The answer line names method, path, status and duration.
 */
final class RedactingLogger extends Slf4jLogger {

  private static final Set<String> SECRET_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    SECRET_HEADERS.addAll(Set.of("Authorization", "Proxy-Authorization"));
  }

  private final org.slf4j.Logger logger;
  private final Redactor redactor;

  RedactingLogger(org.slf4j.Logger logger, Redactor redactor) {
    super(logger);
    this.logger = logger;
    this.redactor = redactor;
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
    super.log(configKey, "%s", redactor.redact(String.format(format, shown)));
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
    byte[] body = new byte[0];
    if (response.body() != null) {
      try (InputStream in = response.body().asInputStream()) {
        body = Util.toByteArray(in);
      }
    }
    if (logLevel == Level.FULL && body.length > 0) {
      log(configKey, "%s", new String(body, StandardCharsets.UTF_8));
    }
    log(configKey, "<--- END HTTP (%s-byte body)", body.length);
    return response.toBuilder().body(body).build();
  }
}
