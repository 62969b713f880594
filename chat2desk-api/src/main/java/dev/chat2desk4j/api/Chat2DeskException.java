package dev.chat2desk4j.api;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The root of every failure a {@link Chat2Desk} reports. Each subclass stands for one decision a
 * caller makes: fix the input ({@link ValidationException}, {@link NotFoundException}), use what
 * already exists ({@link ConflictException}), fix the credentials ({@link
 * AuthenticationException}), wait ({@link RateLimitedException}, {@link CallRejectedException}),
 * stop for the month ({@link QuotaExceededException}), or retry if safe ({@link ServerException},
 * {@link TransportException}, {@link InvalidResponseException}).
 *
 * <p>Messages name the operation, the HTTP method and path and the status, and never contain the
 * API token.
 */
public abstract sealed class Chat2DeskException extends RuntimeException
    permits AuthenticationException,
        NotFoundException,
        ValidationException,
        ConflictException,
        RateLimitedException,
        QuotaExceededException,
        ServerException,
        TransportException,
        InvalidResponseException,
        CallRejectedException {

  private static final long serialVersionUID = 1L;

  /** How much of an error body an exception keeps, in characters. */
  public static final int MAX_BODY_EXCERPT = 500;

  private final Operation operation;
  private final String method;
  private final String path;
  private final int status;
  private final String serverMessage;
  private final String bodyExcerpt;
  private final transient Duration retryAfter;

  Chat2DeskException(
      String message,
      Operation operation,
      String method,
      String path,
      int status,
      String serverMessage,
      String body,
      Throwable cause) {
    super(message, cause);
    this.operation = Objects.requireNonNull(operation, "operation");
    this.method = method;
    this.path = path;
    this.status = status;
    this.serverMessage = serverMessage;
    this.bodyExcerpt = excerpt(body);
    this.retryAfter = null;
  }

  Chat2DeskException(RequestLine request, ErrorResponse response, String advice) {
    super(describe(request, response, advice));
    this.operation = request.operation();
    this.method = request.method();
    this.path = request.path();
    this.status = response.status();
    this.serverMessage = response.message();
    this.bodyExcerpt = excerpt(response.body());
    this.retryAfter = response.retryAfter();
  }

  /**
   * Maps an error answer of the API to the exception for it: the one place in the library that
   * decides which status and which error text mean what.
   *
   * <p>The known texts of the real API win over the status, because the API has sent them with
   * status 200 and 400 as well as with the statuses one would expect (see the wire format).
   *
   * @param request the request that failed
   * @param response the decoded error answer
   * @return the exception to throw
   */
  public static Chat2DeskException fromResponse(RequestLine request, ErrorResponse response) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(response, "response");
    int status = response.status();
    String text = response.message() == null ? "" : response.message().toLowerCase(Locale.ROOT);
    if (status >= 500 || status == 408) {
      return new ServerException(request, response);
    }
    if (text.contains("api limit per month")) {
      return new QuotaExceededException(request, response);
    }
    if (status == 429 || text.contains("number of api requests exceeded")) {
      return new RateLimitedException(request, response);
    }
    if (status == 401
        || status == 403
        || text.contains("you need to auth")
        || text.contains("specify your token")) {
      return new AuthenticationException(request, response);
    }
    if (status == 404 || text.contains("page not found")) {
      return new NotFoundException(request, response);
    }
    ConflictException.Kind conflict = conflict(status, text, response);
    if (conflict != null) {
      return new ConflictException(request, response, conflict);
    }
    if (status >= 200 && status < 500 && (status < 300 || status >= 400)) {
      return new ValidationException(request, response);
    }
    return new ServerException(request, response);
  }

  /**
   * Which state of the account refused the call, or null when the answer is no conflict. The texts
   * are the real API's (see the wire format); 409 is the standard status for the same decision.
   */
  private static ConflictException.Kind conflict(
      int status, String message, ErrorResponse response) {
    Map<String, List<String>> errors = response.fieldErrors();
    if (message.contains("client already exist")
        || contains(errors.get("client"), "client already exist")) {
      return ConflictException.Kind.CLIENT_EXISTS;
    }
    if (message.contains("already has state")
        || errors.values().stream().anyMatch(texts -> contains(texts, "already has state"))) {
      return ConflictException.Kind.STATE_ALREADY_SET;
    }
    if (contains(errors.get("url"), "already used")) {
      return ConflictException.Kind.URL_IN_USE;
    }
    return status == 409 ? ConflictException.Kind.OTHER : null;
  }

  private static boolean contains(List<String> texts, String part) {
    return texts != null
        && texts.stream().anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(part));
  }

  /**
   * The exception for an answer that came but cannot be understood (see {@link
   * InvalidResponseException}); with {@link #fromResponse} the one place that decides what an
   * answer means.
   *
   * @param request the request that was answered
   * @param status the HTTP status of the answer
   * @param problem what is wrong with the answer, such as {@code "the body is not JSON"}; it
   *     becomes part of the message, so it must not contain credentials
   * @param body the start of the body with credentials already masked, or null
   * @return the exception to throw
   */
  public static InvalidResponseException invalidResponse(
      RequestLine request, int status, String problem, String body) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(problem, "problem");
    return new InvalidResponseException(request, status, problem, body);
  }

  /** The operation that failed. */
  public Operation operation() {
    return operation;
  }

  /** The HTTP method used, or empty when the call never reached the transport. */
  public Optional<String> method() {
    return Optional.ofNullable(method);
  }

  /** The path and query used, or empty when the call never reached the transport. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** The HTTP status of the answer, or 0 when there was no answer. */
  public int status() {
    return status;
  }

  /** The {@code message} of the API's error envelope, if the answer had one. */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(serverMessage);
  }

  /**
   * How long the server asked the caller to wait before trying again ({@code Retry-After}), if it
   * said; servers send it with 429 and often with 503.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The start of the answer's body, at most {@link #MAX_BODY_EXCERPT} characters. */
  public Optional<String> bodyExcerpt() {
    return Optional.ofNullable(bodyExcerpt);
  }

  static String describe(RequestLine request, ErrorResponse response, String advice) {
    StringBuilder text = new StringBuilder();
    text.append(request.operation().methodName())
        .append(" failed: ")
        .append(request)
        .append(" answered HTTP ")
        .append(response.status());
    if (response.message() != null && !response.message().isBlank()) {
      text.append(" \"").append(excerpt(response.message())).append('"');
    }
    return text.append(". ").append(advice).toString();
  }

  private static String excerpt(String body) {
    if (body == null || body.length() <= MAX_BODY_EXCERPT) {
      return body;
    }
    return body.substring(0, MAX_BODY_EXCERPT) + "…";
  }
}
