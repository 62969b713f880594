package dev.chat2desk4j.mock.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat2desk4j.api.ApiLimits;
import java.util.List;
import java.util.Map;

/**
 * Every status and error text the fake answers, in one place. The public sources confirm only some
 * of them (see wire-format.md); the rest are this project's choices, marked "ours", and are easy to
 * correct here.
 */
public final class WireErrors {

  /** The message for a request without a token (sure). */
  public static final String MISSING_TOKEN =
      "You have to specify your token. See API manual on info@chat2desk.com";

  /** The message for an unknown token (sure). */
  public static final String UNKNOWN_TOKEN = "You need to auth";

  /** The message for an unknown path or id (sure). */
  public static final String PAGE_NOT_FOUND = "Page not found";

  /** The message for the per-second rate limit (sure). */
  public static final String RATE_LIMITED = "Number of API requests exceeded";

  /** The message for the monthly quota (sure). */
  public static final String QUOTA_EXCEEDED = "API calls exceeded API limit per month";

  /** The message for a request whose fields break the rules (ours). */
  public static final String VALIDATION_FAILED = "Validation failed";

  /** The message for a body that is not valid JSON (ours). */
  public static final String MALFORMED_JSON = "Malformed JSON in request body";

  /** The message for a body over {@link #MAX_BODY_BYTES} (ours). */
  public static final String BODY_TOO_LARGE = "Request body is too large";

  /** The message for creating a client whose phone exists (ours; the status 400 is sure). */
  public static final String DUPLICATE_PHONE = "Client with this phone already exists";

  /** The largest request body the fake reads (ours). */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  /** A field problem: the field is missing. */
  public static final String REQUIRED = "is required";

  /** A field problem: the value is not a whole number. */
  public static final String NOT_INTEGER = "must be an integer";

  /** A field problem: an id that is zero or negative. */
  public static final String NOT_POSITIVE = "must be a positive integer";

  /** A field problem: a boolean that is none of true/false/1/0. */
  public static final String NOT_BOOLEAN = "must be true or false";

  /** A field problem: a blank text. */
  public static final String BLANK = "must not be blank";

  /** A field problem: a negative offset. */
  public static final String NEGATIVE = "must not be negative";

  /** A field problem: a phone number without digits. */
  public static final String NOT_PHONE = "must contain digits";

  /** A field problem: a value that is no date or date-time. */
  public static final String NOT_DATE = "must be a date such as 2026-11-24 or 2026-11-24 10:15:00";

  /** A field problem: a number beyond what the API takes. */
  public static final String TOO_LARGE = "is too large";

  /** A field problem: a value outside the known set. */
  public static final String NOT_ALLOWED = "is not an allowed value";

  /** A field problem: a page size outside 1..{@link ApiLimits#MAX_PAGE_SIZE}. */
  public static final String LIMIT_RANGE = "must be between 1 and " + ApiLimits.MAX_PAGE_SIZE;

  /** A field problem: a text over {@link ApiLimits#MAX_TEXT_LENGTH} characters. */
  public static final String TEXT_TOO_LONG =
      "is too long (maximum is " + ApiLimits.MAX_TEXT_LENGTH + " characters)";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WireErrors() {}

  /**
   * Renders the error envelope: {@code {"status": "error", "message": ..., "errors": {field:
   * [problems]}}}, with {@code errors} only when a field is named.
   */
  public static String envelope(String message, Map<String, List<String>> fieldErrors) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("status", "error");
    root.put("message", message);
    if (!fieldErrors.isEmpty()) {
      ObjectNode errors = root.putObject("errors");
      fieldErrors.forEach((field, problems) -> problems.forEach(errors.withArray(field)::add));
    }
    return root.toString();
  }

  /** 401 for a request that carries no token. */
  public static MockApiException missingToken() {
    return new MockApiException(401, MISSING_TOKEN, Map.of());
  }

  /** 401 for a token no account has. */
  public static MockApiException unknownToken() {
    return new MockApiException(401, UNKNOWN_TOKEN, Map.of());
  }

  /** 404 for a path the API does not have. */
  public static MockApiException pageNotFound() {
    return new MockApiException(404, PAGE_NOT_FOUND, Map.of());
  }

  /** 404 for an id that does not exist in the account, naming the field that carried it. */
  public static MockApiException notFound(String field, long id) {
    return new MockApiException(
        404, PAGE_NOT_FOUND, Map.of(field, List.of("no record with id " + id)));
  }

  /** 400 for a body that is not a JSON object. */
  public static MockApiException malformedJson() {
    return new MockApiException(400, MALFORMED_JSON, Map.of());
  }

  /** 413 for a body over {@link #MAX_BODY_BYTES}. */
  public static MockApiException bodyTooLarge() {
    return new MockApiException(413, BODY_TOO_LARGE, Map.of());
  }

  /** 400 for a client whose phone another client of the account has. */
  public static MockApiException duplicatePhone() {
    return new MockApiException(400, DUPLICATE_PHONE, Map.of("phone", List.of("already exists")));
  }

  /** 422 naming one field and its problem. */
  public static MockApiException invalid(String field, String problem) {
    return new MockApiException(422, VALIDATION_FAILED, Map.of(field, List.of(problem)));
  }

  /** 422 naming each field with its problems. */
  public static MockApiException invalid(Map<String, List<String>> problems) {
    return new MockApiException(422, VALIDATION_FAILED, problems);
  }

  /**
   * The error message the fake sends with a status that a fault rule injects.
   *
   * @param status the HTTP status
   * @return the envelope's message for it
   */
  public static String messageFor(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> UNKNOWN_TOKEN;
      case 402 -> QUOTA_EXCEEDED;
      case 403 -> "Your API level does not allow this method";
      case 404 -> PAGE_NOT_FOUND;
      case 413 -> BODY_TOO_LARGE;
      case 414 -> "Request URI is too long";
      case 431 -> "Request headers are too large";
      case 422 -> VALIDATION_FAILED;
      case 429 -> RATE_LIMITED;
      case 500 -> "Internal server error";
      case 502 -> "Bad gateway";
      case 503 -> "Service unavailable";
      case 504 -> "Gateway timeout";
      default -> status >= 500 ? "Server error" : "Request failed";
    };
  }
}
