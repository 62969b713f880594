package dev.chat2desk4j.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The API rejected the request's content (400 or 422): a missing or malformed field, a value out of
 * range. Fix the request; repeating it unchanged fails the same way.
 */
public final class ValidationException extends Chat2DeskException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, List<String>> fieldErrors;

  ValidationException(RequestLine request, ErrorResponse response) {
    super(request, response, advice(response.fieldErrors()));
    this.fieldErrors = response.fieldErrors();
  }

  /** The problems per field as the API named them, in its order; empty when it named none. */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors == null ? Map.of() : fieldErrors;
  }

  private static String advice(Map<String, List<String>> fieldErrors) {
    if (fieldErrors.isEmpty()) {
      return "Fix the request.";
    }
    return fieldErrors.entrySet().stream()
        .map(entry -> entry.getKey() + ": " + String.join("; ", entry.getValue()))
        .collect(Collectors.joining(", ", "Fix the request: ", "."));
  }
}
