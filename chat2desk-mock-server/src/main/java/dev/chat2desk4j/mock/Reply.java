package dev.chat2desk4j.mock;

/**
 * An HTTP answer ready to write.
 *
 * @param status the status
 * @param body the JSON body
 * @param retryAfterSeconds the {@code Retry-After} header's value, or null for none
 */
record Reply(int status, String body, Long retryAfterSeconds) {

  static Reply json(int status, String body) {
    return new Reply(status, body, null);
  }
}
