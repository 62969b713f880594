package dev.chat2desk4j.feign.hostile;

import java.io.IOException;

/**
 * What the hostile server does with one connection or request: answer, stall, drip, reset or talk
 * nonsense. {@link Scripts} holds the ones the suite uses.
 */
@FunctionalInterface
public interface Script {

  /**
   * Whether the script acts as soon as the connection is accepted, before reading a request (only
   * honoured for the server's single script, not for a router).
   */
  default boolean beforeRequest() {
    return false;
  }

  /**
   * Plays the script on the exchange; returning with the connection open lets the server read the
   * next request on it.
   */
  void play(Exchange exchange) throws IOException;
}
