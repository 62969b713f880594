package dev.chat2desk4j.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.ConflictException;
import dev.chat2desk4j.api.ErrorResponse;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RateLimitedException;
import dev.chat2desk4j.api.RequestLine;
import dev.chat2desk4j.api.ValidationException;
import dev.chat2desk4j.mock.state.DuplicateRecordException;
import dev.chat2desk4j.mock.state.InvalidFieldsException;
import dev.chat2desk4j.mock.state.RecordNotFoundException;
import dev.chat2desk4j.mock.state.StateConflictException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireErrorsTest {

  @Test
  void envelope_withoutFields_isTheBareEnvelope() {
    assertThat(WireErrors.unknownToken().envelope())
        .isEqualTo("{\"status\":\"error\",\"message\":\"You need to auth\"}");
  }

  @Test
  void recordNotFound_namedByAField_is404NamingIt() {
    WireError error = WireErrors.of(new RecordNotFoundException("client_id", 9));

    assertThat(error.status()).isEqualTo(404);
    assertThat(error.message()).isEqualTo(WireErrors.PAGE_NOT_FOUND);
    assertThat(error.fieldErrors()).isEqualTo(Map.of("client_id", List.of("no record with id 9")));
  }

  @Test
  void recordNotFound_namedByThePath_isTheBare404() {
    assertThat(WireErrors.of(new RecordNotFoundException(null, 9)).envelope())
        .isEqualTo("{\"status\":\"error\",\"message\":\"Page not found\"}");
  }

  @Test
  void duplicate_is400WithTheWiresTextAndTheExistingId() {
    WireError error = WireErrors.of(new DuplicateRecordException("phone", 123));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.envelope())
        .isEqualTo(
            "{\"status\":\"error\",\"message\":\"Client already exist\",\"errors\":"
                + "{\"client\":[\"Client already exist\",\"{\\\"id\\\":123}\"]}}");
  }

  @Test
  void duplicate_mapsToAConflictNamingTheExistingClient() {
    WireError error = WireErrors.of(new DuplicateRecordException("phone", 123));
    RequestLine request = new RequestLine(Operation.CREATE_CLIENT, "POST", "/v1/clients");

    Chat2DeskException mapped =
        Chat2DeskException.fromResponse(request, error.toErrorResponse(null));

    assertThat(mapped)
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.existingId()).hasValue(123));
  }

  @Test
  void stateConflict_is400SayingTheRecordAlreadyHasTheState() {
    WireError error = WireErrors.of(new StateConflictException("Dialog", 7, "closed"));
    RequestLine request = new RequestLine(Operation.UPDATE_DIALOG, "PUT", "/v1/dialogs/7");

    Chat2DeskException mapped =
        Chat2DeskException.fromResponse(request, error.toErrorResponse(null));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.message()).isEqualTo("Dialog already has state closed");
    assertThat(error.fieldErrors())
        .isEqualTo(Map.of("state", List.of("Dialog already has state closed")));
    assertThat(mapped).isInstanceOf(ConflictException.class);
  }

  @Test
  void toErrorResponse_unknownClient_mapsToNotFoundException() {
    WireError error = WireErrors.of(new RecordNotFoundException("client_id", 9));
    RequestLine request = new RequestLine(Operation.LIST_MESSAGES, "GET", "/v1/messages");

    ErrorResponse response = error.toErrorResponse(null);
    Chat2DeskException mapped = Chat2DeskException.fromResponse(request, response);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).isEqualTo(error.envelope());
    assertThat(mapped).isInstanceOf(NotFoundException.class);
  }

  @Test
  void toErrorResponse_invalidField_mapsToValidationExceptionNamingIt() {
    WireError error = WireErrors.of(InvalidFieldsException.of("text", WireErrors.TEXT_TOO_LONG));
    RequestLine request = new RequestLine(Operation.SEND_MESSAGE, "POST", "/v1/messages");

    Chat2DeskException mapped =
        Chat2DeskException.fromResponse(request, error.toErrorResponse(null));

    assertThat(mapped)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("text"));
  }

  @Test
  void injected_statusOnly_isTheEnvelopeForTheStatusWithItsRetryAfter() {
    RequestLine request = new RequestLine(Operation.LIST_CLIENTS, "GET", "/v1/clients");

    ErrorResponse response = WireErrors.injected(429, Duration.ofSeconds(2), null);

    assertThat(response.message()).isEqualTo(WireErrors.RATE_LIMITED);
    assertThat(response.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    assertThat(Chat2DeskException.fromResponse(request, response))
        .isInstanceOf(RateLimitedException.class);
  }

  @Test
  void injected_exactBody_readsItsMessageAndErrors() {
    String body =
        "{\"status\":\"error\",\"message\":\"Client already exist\","
            + "\"errors\":{\"client\":[\"Client already exist\",\"{\\\"id\\\":123}\"]}}";

    ErrorResponse response = WireErrors.injected(400, null, body);

    assertThat(response.message()).isEqualTo("Client already exist");
    assertThat(response.fieldErrors().get("client"))
        .containsExactly("Client already exist", "{\"id\":123}");
    assertThat(response.body()).isEqualTo(body);
  }
}
