package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Chat2DeskExceptionTest {

  private static final RequestLine SEND =
      new RequestLine(Operation.SEND_MESSAGE, "POST", "/v1/messages");

  @ParameterizedTest
  @CsvSource({
    "400, ValidationException",
    "401, AuthenticationException",
    "403, AuthenticationException",
    "404, NotFoundException",
    "405, ValidationException",
    "408, ServerException",
    "413, ValidationException",
    "422, ValidationException",
    "429, RateLimitedException",
    "500, ServerException",
    "502, ServerException",
    "503, ServerException",
    "302, ServerException"
  })
  void fromResponse_status_mapsToOneExceptionType(int status, String type) {
    Chat2DeskException exception =
        Chat2DeskException.fromResponse(SEND, ErrorResponse.of(status, "boom"));

    assertThat(exception.getClass().getSimpleName()).isEqualTo(type);
    assertThat(exception.status()).isEqualTo(status);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "You need to auth | AuthenticationException",
        "You have to specify your token. See API manual on info@chat2desk.com"
            + " | AuthenticationException",
        "Number of API requests exceeded | RateLimitedException",
        "API calls exceeded API limit per month | QuotaExceededException",
        "Page not found | NotFoundException",
        "Client is blocked | ValidationException"
      })
  void fromResponse_errorEnvelopeWithStatus200_mapsByTheRealApisMessage(
      String message, String type) {
    Chat2DeskException exception =
        Chat2DeskException.fromResponse(SEND, ErrorResponse.of(200, message));

    assertThat(exception.getClass().getSimpleName()).isEqualTo(type);
  }

  @Test
  void fromResponse_quotaTextWith429_isQuotaNotRetryableRateLimit() {
    Chat2DeskException exception =
        Chat2DeskException.fromResponse(
            SEND, ErrorResponse.of(429, "API calls exceeded API limit per month"));

    assertThat(exception).isInstanceOf(QuotaExceededException.class);
  }

  @Test
  void fromResponse_message_namesOperationRequestStatusAndServerText() {
    RequestLine request = new RequestLine(Operation.LIST_CLIENTS, "GET", "/v1/clients?limit=20");

    Chat2DeskException exception =
        Chat2DeskException.fromResponse(request, ErrorResponse.of(401, "You need to auth"));

    assertThat(exception)
        .hasMessage(
            "listClients failed: GET /v1/clients?limit=20 answered HTTP 401 \"You need to auth\"."
                + " Check the API token and that the account's API level allows it.");
    assertThat(exception.operation()).isEqualTo(Operation.LIST_CLIENTS);
    assertThat(exception.method()).contains("GET");
    assertThat(exception.path()).contains("/v1/clients?limit=20");
    assertThat(exception.serverMessage()).contains("You need to auth");
  }

  @Test
  void rateLimited_retryAfter_isExposedAndInTheAdvice() {
    ErrorResponse response =
        new ErrorResponse(
            429, "Number of API requests exceeded", null, Duration.ofSeconds(2), null);

    RateLimitedException exception =
        (RateLimitedException) Chat2DeskException.fromResponse(SEND, response);

    assertThat(exception.retryAfter()).contains(Duration.ofSeconds(2));
    assertThat(exception).hasMessageEndingWith("Slow down and retry after 2000 ms.");
  }

  @Test
  void serverError_withRetryAfter_exposesTheWait() {
    ErrorResponse response = new ErrorResponse(503, "busy", null, Duration.ofSeconds(7), null);

    Chat2DeskException exception = Chat2DeskException.fromResponse(SEND, response);

    assertThat(exception).isInstanceOf(ServerException.class);
    assertThat(exception.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void rateLimited_withoutRetryAfter_isEmpty() {
    RateLimitedException exception =
        (RateLimitedException) Chat2DeskException.fromResponse(SEND, ErrorResponse.of(429, null));

    assertThat(exception.retryAfter()).isEmpty();
  }

  @Test
  void validation_fieldErrors_areKeptInOrderAndNamedInTheMessage() {
    Map<String, List<String>> errors =
        new LinkedHashMap<>(Map.of("text", List.of("must be at most 4096 characters")));
    errors.put("client_id", List.of("is required", "must be a number"));
    ErrorResponse response = new ErrorResponse(422, "Validation failed", errors, null, null);

    ValidationException exception =
        (ValidationException) Chat2DeskException.fromResponse(SEND, response);

    assertThat(exception.fieldErrors()).containsOnlyKeys("text", "client_id");
    assertThat(exception.fieldErrors().keySet()).containsExactly("text", "client_id");
    assertThat(exception)
        .hasMessageContaining("text: must be at most 4096 characters")
        .hasMessageContaining("client_id: is required; must be a number");
  }

  @Test
  void bodyExcerpt_longBody_isCapped() {
    String body = "x".repeat(10_000);

    Chat2DeskException exception =
        Chat2DeskException.fromResponse(SEND, new ErrorResponse(500, null, null, null, body));

    assertThat(exception.bodyExcerpt().orElseThrow())
        .hasSize(Chat2DeskException.MAX_BODY_EXCERPT + 1)
        .endsWith("…");
    assertThat(exception.getMessage()).doesNotContain("xxxxx");
  }

  @Test
  void transport_neverConnected_saysSafeToRepeat() {
    TransportException exception =
        new TransportException(SEND, false, new ConnectException("refused"));

    assertThat(exception.mayHaveBeenDelivered()).isFalse();
    assertThat(exception.status()).isZero();
    assertThat(exception)
        .hasMessage(
            "sendMessage failed: POST /v1/messages got no complete HTTP answer (ConnectException);"
                + " the connection was never established, so it is safe to repeat.")
        .hasCauseInstanceOf(ConnectException.class);
  }

  @Test
  void transport_afterSending_saysItMayHaveBeenProcessed() {
    TransportException exception =
        new TransportException(SEND, true, new SocketTimeoutException("read timed out"));

    assertThat(exception.mayHaveBeenDelivered()).isTrue();
    assertThat(exception).hasMessageContaining("the server may have processed it");
  }

  @Test
  void transport_withReason_namesTheReasonInsteadOfTheCauseType() {
    TransportException exception =
        new TransportException(
            SEND, true, "no complete answer within 1000 ms", new SocketTimeoutException("x"));

    assertThat(exception)
        .hasMessageStartingWith(
            "sendMessage failed: POST /v1/messages got no complete HTTP answer"
                + " (no complete answer within 1000 ms);")
        .hasCauseInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void invalidResponse_send_keepsStatusAndExcerptAndWarnsBeforeRepeating() {
    InvalidResponseException exception =
        Chat2DeskException.invalidResponse(SEND, 200, "the answer has no data.message_id", "{}");

    assertThat(exception.status()).isEqualTo(200);
    assertThat(exception.bodyExcerpt()).contains("{}");
    assertThat(exception.mayHaveBeenDelivered()).isTrue();
    assertThat(exception.method()).contains("POST");
    assertThat(exception)
        .hasMessage(
            "sendMessage failed: POST /v1/messages answered HTTP 200 but the answer cannot be"
                + " understood: the answer has no data.message_id. The server may have processed"
                + " it; check before repeating it.");
  }

  @Test
  void invalidResponse_repeatableOperation_saysRepeatingMayHelp() {
    RequestLine read = new RequestLine(Operation.LIST_CLIENTS, "GET", "/v1/clients");

    InvalidResponseException exception =
        Chat2DeskException.invalidResponse(read, 200, "the body is not JSON", "<html>");

    assertThat(exception).hasMessageEndingWith("Repeating the call may help.");
    assertThat(exception.mayHaveBeenDelivered()).isTrue();
  }

  @Test
  void callRejected_deadline_saysNothingWasSent() {
    CallRejectedException exception =
        new CallRejectedException(
            Operation.LIST_CLIENTS,
            CallRejectedException.Reason.DEADLINE_EXCEEDED,
            "chat2desk",
            null);

    assertThat(exception)
        .hasMessage(
            "listClients rejected before reaching the API: the deadline of 'chat2desk' was spent"
                + " before an attempt. Nothing was sent; retry later.");
  }

  @Test
  void callRejected_namesGuardAndReason_withoutHttpDetails() {
    CallRejectedException exception =
        new CallRejectedException(
            Operation.LIST_MESSAGES, CallRejectedException.Reason.CIRCUIT_OPEN, "chat2desk", null);

    assertThat(exception.reason()).isEqualTo(CallRejectedException.Reason.CIRCUIT_OPEN);
    assertThat(exception.method()).isEmpty();
    assertThat(exception.status()).isZero();
    assertThat(exception)
        .isInstanceOf(Chat2DeskException.class)
        .hasMessage(
            "listMessages rejected before reaching the API: circuit breaker 'chat2desk' is open."
                + " Nothing was sent; retry later.");
  }

  @Test
  void errorResponse_negativeRetryAfter_isClampedToZero() {
    ErrorResponse response = new ErrorResponse(429, null, null, Duration.ofSeconds(-5), null);

    assertThat(response.retryAfter()).isEqualTo(Duration.ZERO);
    assertThat(response.fieldErrors()).isEmpty();
  }
}
