package dev.chat2desk4j.mock;

import java.time.Duration;

/**
 * What a fault rule does to a matching request.
 *
 * @param kind the kind of fault
 * @param status the status to answer, for {@link Kind#RESPOND}
 * @param retryAfter the {@code Retry-After} to send with it, or null
 * @param body the exact body to send instead of the error envelope, or null
 * @param delay the wait, for {@link Kind#DELAY} and {@link Kind#ACCEPT_THEN_DELAY}
 */
record FaultAction(Kind kind, int status, Duration retryAfter, String body, Duration delay) {

  enum Kind {
    RESPOND("respond"),
    DELAY("delay"),
    DROP_CONNECTION("drop_connection"),
    ACCEPT_THEN_DELAY("accept_then_delay");

    final String wireValue;

    Kind(String wireValue) {
      this.wireValue = wireValue;
    }

    static Kind fromWire(String value) {
      for (Kind kind : values()) {
        if (kind.wireValue.equalsIgnoreCase(value)) {
          return kind;
        }
      }
      return null;
    }
  }
}
