package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.mock.http.RequestBodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendMessageRouteTest extends FixtureServerTest {

  @BeforeEach
  void reset() {
    server.reset();
  }

  @Test
  void send_validJson_storesMessageAndAnswersReceipt() {
    Http.Response response =
        http.post("/v1/messages", json("{'client_id': 1, 'text': 'Your order shipped'}"));

    response.is(
        200,
        json(
            "{'data': {'message_id': 3, 'channel_id': 1, 'operator_id': null,"
                + " 'transport': 'telegram', 'type': 'to_client', 'client_id': 1,"
                + " 'dialog_id': 1, 'request_id': 1}, 'status': 'success'}"));
    Message stored = server.state().account(Fixtures.TOKEN).message(3).orElseThrow();
    assertThat(stored.text()).isEqualTo("Your order shipped");
    assertThat(stored.createdAt()).isEqualTo(Fixtures.NOW);
  }

  @Test
  void send_allOptionalFields_usesThem() {
    Http.Response response =
        http.post(
            "/v1/messages",
            json(
                "{'client_id': 2, 'text': 'note', 'type': 'comment', 'transport': 'sms',"
                    + " 'channel_id': 1, 'operator_id': 2, 'open_dialog': 1, 'unknown': [1]}"));

    response.is(
        200,
        json(
            "{'data': {'message_id': 3, 'channel_id': 1, 'operator_id': 2, 'transport': 'sms',"
                + " 'type': 'comment', 'client_id': 2, 'dialog_id': 2, 'request_id': 2},"
                + " 'status': 'success'}"));
  }

  @Test
  void send_idsAsStringsAndBooleanWords_accepted() {
    Http.Response response =
        http.post("/v1/messages", json("{'client_id': '2', 'text': 'hi', 'open_dialog': 'True'}"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/data/client_id").asLong()).isEqualTo(2);
  }

  @Test
  void send_formData_accepted() {
    Http.Response response =
        http.send(
            "POST",
            "/v1/messages",
            "client_id=1&text=Hello+there%21&open_dialog=0",
            "application/x-www-form-urlencoded");

    assertThat(response.status()).isEqualTo(200);
    assertThat(server.state().account(Fixtures.TOKEN).message(3).orElseThrow().text())
        .isEqualTo("Hello there!");
  }

  @Test
  void send_queryStringParameters_accepted() {
    Http.Response response = http.send("POST", "/v1/messages?client_id=1&text=hey", null, null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/data/message_id").asLong()).isEqualTo(3);
  }

  @Test
  void send_unknownClient_answers404NamingClientId() {
    http.post("/v1/messages", json("{'client_id': 99, 'text': 'hi'}"))
        .is(
            404,
            json(
                "{'status': 'error', 'message': 'Page not found',"
                    + " 'errors': {'client_id': ['no record with id 99']}}"));
  }

  @Test
  void send_unknownOperator_answers404NamingOperatorId() {
    http.post("/v1/messages", json("{'client_id': 1, 'text': 'hi', 'operator_id': 7}"))
        .is(
            404,
            json(
                "{'status': 'error', 'message': 'Page not found',"
                    + " 'errors': {'operator_id': ['no record with id 7']}}"));
  }

  @Test
  void send_missingFields_answers422NamingEachField() {
    http.post("/v1/messages", "{}")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'client_id': ['is required'], 'text': ['is required']}}"));
  }

  @Test
  void send_wrongTypes_answers422() {
    http.post(
            "/v1/messages",
            json(
                "{'client_id': 'abc', 'text': {'a': 1}, 'type': 'from_client',"
                    + " 'transport': 'pigeon', 'channel_id': -1, 'open_dialog': 'maybe'}"))
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed', 'errors': {"
                    + "'client_id': ['must be an integer'], 'text': ['must be a string'], 'type': ['is not an allowed value'],"
                    + " 'transport': ['is not an allowed value'],"
                    + " 'channel_id': ['must be a positive integer'],"
                    + " 'open_dialog': ['must be true or false']}}"));
  }

  @Test
  void send_textTooLong_answers422() {
    String text = "😀".repeat(4097);

    http.post("/v1/messages", json("{'client_id': 1, 'text': '" + text + "'}"))
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'text': ['is too long (maximum is 4096 characters)']}}"));
  }

  @Test
  void send_textOfMaximumLengthInEmoji_accepted() {
    String text = "😀".repeat(4096);

    Http.Response response =
        http.post("/v1/messages", json("{'client_id': 1, 'text': '" + text + "'}"));

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void send_blankText_answers422() {
    http.post("/v1/messages", json("{'client_id': 1, 'text': '   '}"))
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'text': ['must not be blank']}}"));
  }

  @Test
  void send_malformedJson_answers400() {
    http.post("/v1/messages", "{\"client_id\": 1,")
        .is(400, json("{'status': 'error', 'message': 'Malformed JSON in request body'}"));
  }

  @Test
  void send_jsonArrayBody_answers400() {
    http.post("/v1/messages", "[1, 2]")
        .is(400, json("{'status': 'error', 'message': 'Malformed JSON in request body'}"));
  }

  @Test
  void send_bodyOverOneMebibyte_answers413AndStoresNothing() {
    String body = "{\"client_id\": 1, \"text\": \"" + "a".repeat(1024 * 1024) + "\"}";

    http.post("/v1/messages", body)
        .is(413, json("{'status': 'error', 'message': 'Request body is too large'}"));
    assertThat(server.state().account(Fixtures.TOKEN).messages()).hasSize(2);
  }

  @Test
  void send_bodyOverOneMebibyte_answers413EveryTimeOnAConnectionThatStaysUsable() {
    String body = "{\"client_id\": 1, \"text\": \"" + "a".repeat(1024 * 1024) + "\"}";

    for (int i = 0; i < 20; i++) {
      assertThat(http.post("/v1/messages", body).status()).isEqualTo(413);
      assertThat(http.get("/v1/clients").status()).isEqualTo(200);
    }
  }

  @Test
  void send_bodyDeclaredBeyondTheDiscardLimit_answers413AndClosesTheConnection() throws Exception {
    String answer =
        Http.raw(
            server.port(),
            "POST /v1/messages HTTP/1.1\r\nHost: x\r\nAuthorization: "
                + Fixtures.TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + (RequestBodies.DISCARD_LIMIT_BYTES + 1)
                + "\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("Connection: close");
  }

  @Test
  void send_missingToken_answers401() {
    http.as(null)
        .post("/v1/messages", json("{'client_id': 1, 'text': 'hi'}"))
        .is(
            401,
            json(
                "{'status': 'error', 'message':"
                    + " 'You have to specify your token. See API manual on info@chat2desk.com'}"));
  }

  @Test
  void send_unknownToken_answers401() {
    http.as("nope")
        .post("/v1/messages", json("{'client_id': 1, 'text': 'hi'}"))
        .is(401, json("{'status': 'error', 'message': 'You need to auth'}"));
  }

  @Test
  void send_bearerToken_accepted() {
    Http.Response response =
        http.as("Bearer " + Fixtures.TOKEN)
            .post("/v1/messages", json("{'client_id': 1, 'text': 'hi'}"));

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void send_afterTheDialogClosed_opensANewDialog() {
    http.put("/v1/dialogs/1", json("{'state': 'closed'}"));

    Http.Response response = http.post("/v1/messages", json("{'client_id': 1, 'text': 'again'}"));

    assertThat(response.json().at("/data/dialog_id").asLong()).isEqualTo(2);
    assertThat(response.json().at("/data/request_id").asLong()).isEqualTo(2);
    assertThat(http.get("/v1/dialogs/1").json().at("/data/state").asText()).isEqualTo("closed");
  }
}
