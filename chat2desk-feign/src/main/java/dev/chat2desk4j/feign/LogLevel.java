package dev.chat2desk4j.feign;

import feign.Logger;

/**
 * How much of each HTTP exchange the client logs through SLF4J at DEBUG level, under the logger
 * named {@code dev.chat2desk4j.feign.FeignChat2Desk}. The {@code Authorization} header is always
 * shown as {@code ****} and the token never appears, whatever the level.
 */
public enum LogLevel {
  /** Nothing. */
  NONE(Logger.Level.NONE),
  /** One line per request and one per answer: method, path, status and duration. */
  BASIC(Logger.Level.BASIC),
  /** {@link #BASIC} plus the request and answer headers. */
  HEADERS(Logger.Level.HEADERS),
  /** {@link #HEADERS} plus the request and answer bodies, with the token masked. */
  FULL(Logger.Level.FULL);

  private final Logger.Level feignLevel;

  LogLevel(Logger.Level feignLevel) {
    this.feignLevel = feignLevel;
  }

  Logger.Level feignLevel() {
    return feignLevel;
  }
}
