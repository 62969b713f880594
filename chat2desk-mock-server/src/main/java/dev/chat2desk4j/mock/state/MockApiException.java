package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.ErrorResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer of the fake API: the HTTP server renders it as the error envelope {@code
 * {"status": "error", "message": ..., "errors": ...}}, and the in-process fake turns it into the
 * API's exception. Create instances through {@link WireErrors}, where every choice of status and
 * text lives.
 */
public final class MockApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String apiMessage;
  private final transient Map<String, List<String>> fieldErrors;

  /**
   * An error answer.
   *
   * @param status the HTTP status
   * @param apiMessage the envelope's {@code message}
   * @param fieldErrors the envelope's {@code errors}, field to problems; may be empty
   */
  public MockApiException(int status, String apiMessage, Map<String, List<String>> fieldErrors) {
    super("HTTP " + status + ": " + apiMessage + (fieldErrors.isEmpty() ? "" : " " + fieldErrors));
    this.status = status;
    this.apiMessage = apiMessage;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    fieldErrors.forEach((field, problems) -> copy.put(field, List.copyOf(problems)));
    this.fieldErrors = Collections.unmodifiableMap(copy);
  }

  /** The HTTP status the fake answers. */
  public int status() {
    return status;
  }

  /** The error envelope's {@code message}. */
  public String apiMessage() {
    return apiMessage;
  }

  /** The error envelope's {@code errors}, in order; empty when the answer names no field. */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  /**
   * The exact body the HTTP fake sends for this error: {@code {"status": "error", "message": ...,
   * "errors": ...}}, with {@code errors} only when a field is named.
   */
  public String body() {
    return WireErrors.envelope(apiMessage, fieldErrors);
  }

  /**
   * This error as a transport would decode it from the HTTP fake's answer, ready for {@link
   * dev.chat2desk4j.api.Chat2DeskException#fromResponse}: the in-process fake's way to fail exactly
   * as the HTTP fake does.
   */
  public ErrorResponse toErrorResponse() {
    return new ErrorResponse(status, apiMessage, fieldErrors, null, body());
  }
}
