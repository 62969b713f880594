package dev.chat2desk4j.mock;

import dev.chat2desk4j.api.Message;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP answer ready to write.
 *
 * @param status the status
 * @param body the JSON body, UTF-8
 * @param retryAfterSeconds the {@code Retry-After} header's value, or null for none
 * @param stored the message the request stored (an accepted send), or null; the journal keeps it
 */
record Reply(int status, byte[] body, Long retryAfterSeconds, Message stored) {

  Reply(int status, byte[] body, Long retryAfterSeconds) {
    this(status, body, retryAfterSeconds, null);
  }

  static Reply json(int status, byte[] body) {
    return new Reply(status, body, null);
  }

  static Reply json(int status, String body) {
    return json(status, body.getBytes(StandardCharsets.UTF_8));
  }
}
