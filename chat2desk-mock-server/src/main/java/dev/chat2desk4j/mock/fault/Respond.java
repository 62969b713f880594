package dev.chat2desk4j.mock.fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers with a status, and optionally a {@code Retry-After} and an exact body, without handling
 * the call.
 *
 * @param status the HTTP status, 100 to 599
 * @param retryAfter the wait to ask for, or null
 * @param body the exact body, or null for the API's error envelope for the status
 */
public record Respond(int status, Duration retryAfter, String body) implements Fault {

  @Override
  public void apply(FaultedCall call) {
    call.respond(status, retryAfter, body);
  }

  @Override
  public Map<String, Object> describe() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("action", "respond");
    view.put("status", status);
    if (retryAfter != null) {
      view.put("retry_after_seconds", retryAfter.toSeconds());
    }
    if (body != null) {
      view.put("body", body);
    }
    return view;
  }
}
