package dev.chat2desk4j.mock.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat2desk4j.api.ErrorResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer of the fake API: its status and the error envelope {@code {"status": "error",
 * "message": ..., "errors": {field: [problems]}}}, with {@code errors} only when a field is named.
 * {@link WireErrors} chooses every one.
 *
 * @param status the HTTP status
 * @param message the envelope's {@code message}
 * @param fieldErrors the envelope's {@code errors}, field to problems, in order; may be empty
 */
public record WireError(int status, String message, Map<String, List<String>> fieldErrors) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Copies the field errors, keeping their order. */
  public WireError {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    fieldErrors.forEach((field, problems) -> copy.put(field, List.copyOf(problems)));
    fieldErrors = Collections.unmodifiableMap(copy);
  }

  /** The exact body the HTTP fake sends for this error. */
  public String envelope() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("status", "error");
    root.put("message", message);
    if (!fieldErrors.isEmpty()) {
      ObjectNode errors = root.putObject("errors");
      fieldErrors.forEach((field, problems) -> problems.forEach(errors.withArray(field)::add));
    }
    return root.toString();
  }

  /** {@link #envelope()} as UTF-8. */
  public byte[] bytes() {
    return envelope().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * This error as a transport decodes it from the HTTP fake's answer, for {@link
   * dev.chat2desk4j.api.Chat2DeskException#fromResponse}.
   *
   * @param retryAfter the {@code Retry-After} the answer carries, or null
   */
  public ErrorResponse toErrorResponse(Duration retryAfter) {
    return new ErrorResponse(status, message, fieldErrors, retryAfter, envelope());
  }

  /** This error as an exception the HTTP layer throws to answer it. */
  public WireException exception() {
    return new WireException(this);
  }
}
