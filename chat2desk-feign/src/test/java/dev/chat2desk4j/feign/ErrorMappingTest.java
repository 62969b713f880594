package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.AuthenticationException;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.QuotaExceededException;
import dev.chat2desk4j.api.RateLimitedException;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.api.ValidationException;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {

  private static final String TOKEN = "secret-token-123";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

  private final ErrorMapping mapping =
      new ErrorMapping(WireJson.MAPPER, new Redactor(TOKEN), CLOCK);

  private static Response response(
      int status, String body, Map<String, Collection<String>> headers) {
    return CannedResponses.answer(status)
        .headers(headers)
        .body(body == null ? null : body.getBytes(StandardCharsets.UTF_8))
        .build();
  }

  private Exception decode(int status, String body) {
    return mapping.decode(CannedResponses.LIST_CLIENTS_KEY, response(status, body, Map.of()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400, ValidationException",
    "401, AuthenticationException",
    "403, AuthenticationException",
    "404, NotFoundException",
    "413, ValidationException",
    "422, ValidationException",
    "429, RateLimitedException",
    "500, ServerException",
    "502, ServerException",
    "503, ServerException",
  })
  void decode_status_mapsToExceptionType(int status, String type) {
    Exception exception = decode(status, "{\"status\": \"error\", \"message\": \"Something\"}");

    assertThat(exception.getClass().getSimpleName()).isEqualTo(type);
    assertThat(((Chat2DeskException) exception).status()).isEqualTo(status);
  }

  @Test
  void decode_requestLine_namesOperationMethodAndPathWithQuery() {
    Chat2DeskException exception = (Chat2DeskException) decode(404, "{}");

    assertThat(exception).isInstanceOf(NotFoundException.class);
    assertThat(exception.operation()).isEqualTo(Operation.LIST_CLIENTS);
    assertThat(exception.method()).contains("GET");
    assertThat(exception.path()).contains("/v1/clients?limit=20&offset=0");
  }

  @Test
  void decode_fieldErrorsAsMapOfLists_areKept() {
    ValidationException exception =
        (ValidationException)
            decode(
                422,
                """
                {"status": "error", "message": "Validation failed",
                 "errors": {"text": ["is too long"], "client_id": "is required"}}
                """);

    assertThat(exception.fieldErrors())
        .containsExactly(
            Map.entry("text", List.of("is too long")),
            Map.entry("client_id", List.of("is required")));
    assertThat(exception.serverMessage()).contains("Validation failed");
  }

  @Test
  void decode_errorsAsPlainString_becomeGeneralErrorAndMessage() {
    ValidationException exception =
        (ValidationException)
            decode(400, "{\"status\": \"error\", \"errors\": \"Client with phone exists\"}");

    assertThat(exception.fieldErrors())
        .containsEntry(ErrorMapping.GENERAL_ERRORS, List.of("Client with phone exists"));
    assertThat(exception.serverMessage()).contains("Client with phone exists");
  }

  @Test
  void decode_quotaMessage_isQuotaExceededWhateverTheStatus() {
    assertThat(decode(400, "{\"message\": \"API calls exceeded API limit per month\"}"))
        .isInstanceOf(QuotaExceededException.class);
  }

  @Test
  void decode_retryAfterSeconds_isOnRateLimitedException() {
    Exception exception =
        mapping.decode(
            CannedResponses.LIST_CLIENTS_KEY,
            response(
                429,
                "{\"status\": \"error\", \"message\": \"Number of API requests exceeded\"}",
                Map.of("Retry-After", List.of("7"))));

    assertThat(exception).isInstanceOf(RateLimitedException.class);
    assertThat(((RateLimitedException) exception).retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void decode_retryAfterHttpDate_isMeasuredAgainstClock() {
    Exception exception =
        mapping.decode(
            CannedResponses.LIST_CLIENTS_KEY,
            response(429, "", Map.of("retry-after", List.of("Wed, 25 Nov 2026 10:01:00 GMT"))));

    assertThat(((RateLimitedException) exception).retryAfter()).contains(Duration.ofMinutes(1));
  }

  @Test
  void decode_nonJsonBody_keepsStatusAndExcerpt() {
    Chat2DeskException exception =
        (Chat2DeskException) decode(502, "<html><body>Bad Gateway</body></html>");

    assertThat(exception).isInstanceOf(ServerException.class);
    assertThat(exception.serverMessage()).isEmpty();
    assertThat(exception.bodyExcerpt()).contains("<html><body>Bad Gateway</body></html>");
  }

  @Test
  void decode_bodyEchoingToken_isRedactedEverywhere() {
    Chat2DeskException exception =
        (Chat2DeskException)
            decode(
                401,
                "{\"status\": \"error\", \"message\": \"Token "
                    + TOKEN
                    + " is invalid\", \"errors\": {\"token\": [\""
                    + TOKEN
                    + "\"]}}");

    assertThat(exception).isInstanceOf(AuthenticationException.class);
    assertThat(exception.getMessage()).doesNotContain(TOKEN).contains("****");
    assertThat(exception.bodyExcerpt().orElseThrow()).doesNotContain(TOKEN);
    assertThat(exception.serverMessage().orElseThrow()).doesNotContain(TOKEN);
  }

  @Test
  void envelopeDecoder_status200WithErrorEnvelope_throwsMappedException() {
    EnvelopeDecoder decoder =
        new EnvelopeDecoder(WireJson.MAPPER, mapping, FeignChat2Desk.DEFAULT_MAX_RESPONSE_SIZE);
    Response answer =
        response(200, "{\"status\": \"error\", \"message\": \"You need to auth\"}", Map.of());

    assertThatThrownBy(() -> decoder.decode(answer, Wire.ListOf.class))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("HTTP 200")
        .hasMessageContaining("You need to auth");
  }
}
