package dev.chat2desk4j.api;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer of the API, decoded by a transport from the status, the {@code Retry-After}
 * header and the error envelope {@code {"status": "error", "message": ..., "errors": ...}}.
 *
 * @param status the HTTP status; may be 200 for the error envelope older API versions sent
 * @param message the envelope's {@code message}, or null
 * @param fieldErrors the envelope's {@code errors} as field name to messages; empty when absent
 * @param retryAfter the wait the server asked for, or null
 * @param body the raw body for diagnostics, or null; exceptions keep only an excerpt
 */
public record ErrorResponse(
    int status,
    String message,
    Map<String, List<String>> fieldErrors,
    Duration retryAfter,
    String body) {

  /** Copies {@code fieldErrors}, keeping its order; a null map becomes empty. */
  public ErrorResponse {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (fieldErrors != null) {
      fieldErrors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
    }
    fieldErrors = Collections.unmodifiableMap(copy);
    if (retryAfter != null && retryAfter.isNegative()) {
      retryAfter = Duration.ZERO;
    }
  }

  /**
   * An error with a status and a message only.
   *
   * @param status the HTTP status
   * @param message the error message, or null
   * @return the error
   */
  public static ErrorResponse of(int status, String message) {
    return new ErrorResponse(status, message, Map.of(), null, null);
  }
}
