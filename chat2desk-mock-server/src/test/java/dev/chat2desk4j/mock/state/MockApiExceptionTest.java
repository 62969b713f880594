package dev.chat2desk4j.mock.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.ErrorResponse;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RequestLine;
import dev.chat2desk4j.api.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MockApiExceptionTest {

  @Test
  void body_withoutFields_isTheBareEnvelope() {
    assertThat(WireErrors.unknownToken().body())
        .isEqualTo("{\"status\":\"error\",\"message\":\"You need to auth\"}");
  }

  @Test
  void toErrorResponse_unknownClient_mapsToNotFoundException() {
    MockApiException error = WireErrors.notFound("client_id", 9);
    RequestLine request = new RequestLine(Operation.LIST_MESSAGES, "GET", "/v1/messages");

    ErrorResponse response = error.toErrorResponse();
    Chat2DeskException mapped = Chat2DeskException.fromResponse(request, response);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.fieldErrors())
        .isEqualTo(Map.of("client_id", List.of("no record with id 9")));
    assertThat(mapped).isInstanceOf(NotFoundException.class);
  }

  @Test
  void toErrorResponse_invalidField_mapsToValidationExceptionNamingIt() {
    MockApiException error = WireErrors.invalid("text", WireErrors.TEXT_TOO_LONG);
    RequestLine request = new RequestLine(Operation.SEND_MESSAGE, "POST", "/v1/messages");

    Chat2DeskException mapped = Chat2DeskException.fromResponse(request, error.toErrorResponse());

    assertThat(mapped)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("text"));
  }
}
