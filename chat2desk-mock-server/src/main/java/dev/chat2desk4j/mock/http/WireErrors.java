package dev.chat2desk4j.mock.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat2desk4j.api.ApiLimits;
import dev.chat2desk4j.api.ErrorResponse;
import dev.chat2desk4j.mock.state.DuplicateRecordException;
import dev.chat2desk4j.mock.state.InvalidFieldsException;
import dev.chat2desk4j.mock.state.MockStateException;
import dev.chat2desk4j.mock.state.RecordNotFoundException;
import dev.chat2desk4j.mock.state.StateConflictException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one mapping from what went wrong to the API's status and error envelope, for the HTTP fake
 * and the in-memory fake alike: the state's refusals ({@link #of(MockStateException)}), the HTTP
 * layer's own errors, and the statuses fault rules inject. The public sources confirm only some of
 * the texts (see the wire format); the rest are this project's choices, marked "ours", and easy to
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

  /** A field problem: a value that is no date or date-time. */
  public static final String NOT_DATE = "must be a date such as 2026-11-24 or 2026-11-24 10:15:00";

  /** A field problem: a number beyond what the API takes. */
  public static final String TOO_LARGE = "is too large";

  /** A field problem: a value outside the known set. */
  public static final String NOT_ALLOWED = "is not an allowed value";

  /** A field problem: a page size below 1 (one above the maximum is capped, not refused). */
  public static final String LIMIT_RANGE = "must be at least 1";

  /** A field problem: a value that is no absolute http or https URL. */
  public static final String NOT_URL = "must be an absolute http or https URL";

  /** The message and the first item of {@code errors.client} for a phone that exists (likely). */
  public static final String CLIENT_EXISTS = "Client already exist";

  /**
   * The message and the {@code errors.url} item for a webhook URL the account uses (the words
   * {@code already used} likely, the rest ours).
   */
  public static final String URL_IN_USE = "Url already used";

  /** A field problem: a text over {@link ApiLimits#MAX_TEXT_LENGTH} characters. */
  public static final String TEXT_TOO_LONG =
      "is too long (maximum is " + ApiLimits.MAX_TEXT_LENGTH + " characters)";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WireErrors() {}

  /**
   * The answer to a request the state refused: 404 for a missing record (naming the field that
   * named it, if one did), 422 for invalid fields, and 400 both for a client whose phone exists
   * (the wire's own text and shape, with the existing client's id as a JSON text, likely) and for a
   * record that already has the asked state (the text {@code ... already has state ...}, likely;
   * the status ours), and 400 for a webhook URL already used (likely text, ours status).
   */
  public static WireError of(MockStateException refusal) {
    if (refusal instanceof RecordNotFoundException missing) {
      return new WireError(
          404,
          PAGE_NOT_FOUND,
          missing
              .field()
              .map(field -> Map.of(field, List.of("no record with id " + missing.id())))
              .orElse(Map.of()));
    }
    if (refusal instanceof InvalidFieldsException invalid) {
      return invalid(invalid.problems());
    }
    if (refusal instanceof DuplicateRecordException duplicate && duplicate.field().equals("url")) {
      return new WireError(400, URL_IN_USE, Map.of("url", List.of(URL_IN_USE)));
    }
    if (refusal instanceof DuplicateRecordException duplicate) {
      String existing = "{\"id\":" + duplicate.existingId() + "}";
      return new WireError(400, CLIENT_EXISTS, Map.of("client", List.of(CLIENT_EXISTS, existing)));
    }
    StateConflictException conflict = (StateConflictException) refusal;
    String text = conflict.record() + " already has state " + conflict.state();
    return new WireError(400, text, Map.of("state", List.of(text)));
  }

  /** 422 naming each field with its problems. */
  public static WireError invalid(Map<String, List<String>> problems) {
    return new WireError(422, VALIDATION_FAILED, problems);
  }

  /** 401 for a request that carries no token. */
  public static WireError missingToken() {
    return new WireError(401, MISSING_TOKEN, Map.of());
  }

  /** 401 for a token no account has. */
  public static WireError unknownToken() {
    return new WireError(401, UNKNOWN_TOKEN, Map.of());
  }

  /**
   * 402 for an account whose monthly quota is spent: the sure text, with the status this class
   * gives it ({@link #messageFor(int)}; ours, since public clients match the text).
   */
  public static WireError quotaExceeded() {
    return new WireError(402, QUOTA_EXCEEDED, Map.of());
  }

  /** 404 for a path or method the API does not have. */
  public static WireError pageNotFound() {
    return new WireError(404, PAGE_NOT_FOUND, Map.of());
  }

  /** 429 for a request over the account's limit per second. */
  public static WireError rateLimited() {
    return new WireError(429, RATE_LIMITED, Map.of());
  }

  /** 400 for a body that is not a JSON object. */
  public static WireError malformedJson() {
    return new WireError(400, MALFORMED_JSON, Map.of());
  }

  /** 413 for a body over {@link #MAX_BODY_BYTES}. */
  public static WireError bodyTooLarge() {
    return new WireError(413, BODY_TOO_LARGE, Map.of());
  }

  /** The answer for a bare status, such as one a fault rule injects or Jetty refuses with. */
  public static WireError forStatus(int status) {
    return new WireError(status, messageFor(status), Map.of());
  }

  /**
   * What a client decodes from an injected answer: the error envelope for the status, or the exact
   * body a rule gave, read as an error envelope where it is one.
   *
   * @param retryAfter the {@code Retry-After} sent, or null
   * @param body the exact body, or null for the envelope
   */
  public static ErrorResponse injected(int status, Duration retryAfter, String body) {
    Duration sent = retryAfter == null ? null : Duration.ofSeconds(retryAfterSeconds(retryAfter));
    if (body == null) {
      return forStatus(status).toErrorResponse(sent);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      root = null;
    }
    String message =
        root != null && root.path("message").isTextual() ? root.get("message").asText() : null;
    Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
    if (root != null && root.path("errors").isObject()) {
      root.get("errors")
          .properties()
          .forEach(
              field -> {
                List<String> problems = new ArrayList<>();
                field.getValue().forEach(problem -> problems.add(problem.asText()));
                if (field.getValue().isValueNode()) {
                  problems.add(field.getValue().asText());
                }
                fieldErrors.put(field.getKey(), problems);
              });
    }
    return new ErrorResponse(status, message, fieldErrors, sent, body);
  }

  /** A wait as the {@code Retry-After} header carries it: whole seconds, rounded up (ours). */
  static long retryAfterSeconds(Duration retryAfter) {
    // Rounded up so that a caller never retries early.
    return (retryAfter.toMillis() + 999) / 1000;
  }

  /** The envelope's message for a bare status. */
  static String messageFor(int status) {
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
