package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConflictExceptionTest {

  private static final RequestLine CREATE =
      new RequestLine(Operation.CREATE_CLIENT, "POST", "/v1/clients");
  private static final RequestLine CLOSE =
      new RequestLine(Operation.UPDATE_DIALOG, "PUT", "/v1/dialogs/4324035");
  private static final RequestLine HOOK =
      new RequestLine(Operation.CREATE_WEBHOOK, "POST", "/v1/webhooks");

  @Test
  void fromResponse_clientAlreadyExists_isConflictNamingTheExistingClient() {
    ErrorResponse response =
        error(
            400,
            "Client already exist",
            Map.of("client", List.of("Client already exist", "{\"id\":123}")));

    Chat2DeskException exception = Chat2DeskException.fromResponse(CREATE, response);

    assertThat(exception).isInstanceOf(ConflictException.class);
    assertThat(((ConflictException) exception).existingId()).hasValue(123);
    assertThat(exception)
        .hasMessage(
            "createClient failed: POST /v1/clients answered HTTP 400 \"Client already exist\"."
                + " A client with this phone already exists (id 123); use it instead of creating"
                + " another.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\": \"123\"}", "{ \"id\" : 123, \"phone\": \"7900\" }"})
  void existingId_spacedOrQuotedId_isReadLeniently(String item) {
    ErrorResponse response =
        error(400, "Client already exist", Map.of("client", List.of("Client already exist", item)));

    ConflictException exception =
        (ConflictException) Chat2DeskException.fromResponse(CREATE, response);

    assertThat(exception.existingId()).hasValue(123);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\":null}", "not json", "{\"id\":99999999999999999999999}"})
  void existingId_missingOrUnreadable_isEmpty_andTheMessageStillAdvises(String item) {
    ErrorResponse response =
        error(400, "Client already exist", Map.of("client", List.of("Client already exist", item)));

    ConflictException exception =
        (ConflictException) Chat2DeskException.fromResponse(CREATE, response);

    assertThat(exception.existingId()).isEmpty();
    assertThat(exception)
        .hasMessageEndingWith(
            "A client with this phone already exists; use it" + " instead of creating another.");
  }

  @Test
  void fromResponse_clientExistsOnlyInTheFieldErrors_isConflict() {
    ErrorResponse response =
        error(400, "Validation failed", Map.of("client", List.of("Client already exist")));

    assertThat(Chat2DeskException.fromResponse(CREATE, response))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void fromResponse_dialogAlreadyHasState_isConflictWithNothingToDo() {
    ErrorResponse response = ErrorResponse.of(400, "Dialog already has state closed");

    Chat2DeskException exception = Chat2DeskException.fromResponse(CLOSE, response);

    assertThat(exception).isInstanceOf(ConflictException.class);
    assertThat(((ConflictException) exception).existingId()).isEmpty();
    assertThat(exception)
        .hasMessageEndingWith("The dialog already has this state; there is" + " nothing to do.");
  }

  @Test
  void fromResponse_alreadyHasStateInAFieldError_isConflict() {
    ErrorResponse response =
        error(422, "Error", Map.of("state", List.of("Dialog already has state closed")));

    assertThat(Chat2DeskException.fromResponse(CLOSE, response))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void fromResponse_webhookUrlAlreadyUsed_isConflict() {
    ErrorResponse response =
        error(400, "Validation error", Map.of("url", List.of("The url is already used")));

    Chat2DeskException exception = Chat2DeskException.fromResponse(HOOK, response);

    assertThat(exception).isInstanceOf(ConflictException.class);
    assertThat(exception)
        .hasMessageEndingWith(
            "Another webhook of the account already uses this" + " URL; update that one.");
  }

  @Test
  void fromResponse_409_isConflict() {
    Chat2DeskException exception =
        Chat2DeskException.fromResponse(CREATE, ErrorResponse.of(409, "Conflict"));

    assertThat(exception).isInstanceOf(ConflictException.class);
    assertThat(exception.status()).isEqualTo(409);
    assertThat(exception).hasMessageEndingWith("read that state and act on it.");
  }

  @Test
  void fromResponse_clientExistsWithStatus200_isConflictByTheText() {
    assertThat(
            Chat2DeskException.fromResponse(CREATE, ErrorResponse.of(200, "Client already exist")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void fromResponse_plain400_staysValidation() {
    ErrorResponse response =
        error(400, "Validation failed", Map.of("phone", List.of("is invalid")));

    assertThat(Chat2DeskException.fromResponse(CREATE, response))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void fromResponse_alreadyUsedOnAnotherField_staysValidation() {
    ErrorResponse response =
        error(400, "Validation failed", Map.of("name", List.of("is already used")));

    assertThat(Chat2DeskException.fromResponse(HOOK, response))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void fromResponse_serverErrorMentioningAConflict_staysServerError() {
    assertThat(
            Chat2DeskException.fromResponse(CREATE, ErrorResponse.of(500, "Client already exist")))
        .isInstanceOf(ServerException.class);
  }

  private static ErrorResponse error(int status, String message, Map<String, List<String>> errors) {
    return new ErrorResponse(status, message, errors, null, null);
  }
}
