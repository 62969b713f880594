package dev.chat2desk4j.feign;

import feign.Logger;

/**
 * How much of each HTTP exchange the client logs through SLF4J at DEBUG level, under the logger
 * named {@code dev.chat2desk4j.feign.FeignChat2Desk}. The {@code Authorization} header is always
 * shown as {@code ****}, and the token never appears, whatever the level: it is masked in every
 * form a body can carry it (verbatim, percent-encoded, JSON-escaped). No line is longer than 4096
 * characters; a longer one is cut with a note of its length.
 *
 * <p>The HTTP clients have loggers of their own. The JDK client and OkHttp log no headers through
 * SLF4J. Apache HttpClient 5 logs request headers under {@code org.apache.hc.client5.http.headers}
 * at DEBUG: on the connections {@link HttpClientChoice#apacheHc5()} builds, the {@code
 * Authorization} header shows there as {@code ****} too, and HttpClient's byte-level {@code
 * org.apache.hc.client5.http.wire} log is never attached. A client of your own given through {@link
 * HttpClientChoice#of(feign.Client)} logs as you configured it, token included if its loggers print
 * headers.
 */
public enum LogLevel {
  /** Nothing. */
  NONE(Logger.Level.NONE),
  /** One line per request and one per answer: method, path, status and duration. */
  BASIC(Logger.Level.BASIC),
  /** {@link #BASIC} plus the request and answer headers. */
  HEADERS(Logger.Level.HEADERS),
  /**
   * {@link #HEADERS} plus the request and answer bodies, with the token masked and each body cut at
   * 4096 characters.
   */
  FULL(Logger.Level.FULL);

  private final Logger.Level feignLevel;

  LogLevel(Logger.Level feignLevel) {
    this.feignLevel = feignLevel;
  }

  Logger.Level feignLevel() {
    return feignLevel;
  }
}
