package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DialogRoutesTest extends FixtureServerTest {

  @BeforeEach
  void reset() {
    server.reset();
  }

  @Test
  void put_newOperator_movesDialogAndAppendsTransfer() {
    http.put("/v1/dialogs/1", json("{'operator_id': 2}"))
        .is(
            200,
            json(
                "{'data': {'id': 1, 'state': 'open', 'begin': '"
                    + Fixtures.CREATED
                    + "', 'end': null, 'operator_id': 2, 'client_id': 1, 'last_message': {"
                    + "'id': 2, 'text': 'Hi Anna', 'transport': 'telegram', 'type': 'to_client',"
                    + " 'read': 1, 'created': '"
                    + Fixtures.CREATED
                    + "', 'client_id': 1, 'operator_id': 1, 'channel_id': 1, 'dialog_id': 1,"
                    + " 'request_id': 1, 'photo': null, 'video': null, 'audio': null,"
                    + " 'pdf': null, 'coordinates': null, 'remote_id': null,"
                    + " 'recipient_status': null, 'attachments': [], 'extra_data': {}},"
                    + " 'last_request_id': 1, 'messages': 2}, 'status': 'success'}"));

    http.get("/v1/transfers")
        .is(
            200,
            json(
                "{'data': [{'id': 1, 'dialog_id': 1, 'client_id': 1, 'from_operator_id': 1,"
                    + " 'to_operator_id': 2, 'created': '"
                    + Fixtures.CREATED
                    + "'}], 'meta': {'total': 1, 'limit': 20, 'offset': 0},"
                    + " 'status': 'success'}"));
  }

  @Test
  void put_sameOperator_appendsNoTransfer() {
    http.put("/v1/dialogs/1", json("{'operator_id': 1, 'state': 'closed'}"));

    assertThat(http.get("/v1/transfers").json().at("/meta/total").asInt()).isZero();
    assertThat(http.get("/v1/dialogs/1").json().at("/data/state").asText()).isEqualTo("closed");
  }

  @Test
  void put_formData_accepted() {
    Http.Response response =
        http.send("PUT", "/v1/dialogs/1/", "operator_id=2", "application/x-www-form-urlencoded");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/data/operator_id").asLong()).isEqualTo(2);
  }

  @Test
  void put_badValues_answers422() {
    http.put("/v1/dialogs/1", json("{'operator_id': 'x', 'state': 'paused'}"))
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed', 'errors': {"
                    + "'operator_id': ['must be an integer'], 'state': ['is not an allowed value']}}"));
  }

  @Test
  void put_unknownDialogOrOperator_answers404() {
    http.put("/v1/dialogs/9", json("{'operator_id': 2}"))
        .is(404, json("{'status': 'error', 'message': 'Page not found'}"));
    http.put("/v1/dialogs/1", json("{'operator_id': 9}"))
        .is(
            404,
            json(
                "{'status': 'error', 'message': 'Page not found',"
                    + " 'errors': {'operator_id': ['no record with id 9']}}"));
  }

  @Test
  void listDialogs_filters_answerMatchingOnly() {
    http.post("/v1/messages", json("{'client_id': 2, 'text': 'hi', 'operator_id': 2}"));
    http.put("/v1/dialogs/1", json("{'state': 'closed'}"));

    assertThat(http.get("/v1/dialogs").json().at("/meta/total").asInt()).isEqualTo(2);
    assertThat(http.get("/v1/dialogs?operator_id=2").json().at("/data/0/id").asInt()).isEqualTo(2);
    assertThat(http.get("/v1/dialogs?state=closed").json().at("/data/0/id").asInt()).isEqualTo(1);
    assertThat(http.get("/v1/dialogs?state=open&operator_id=1").json().get("data")).isEmpty();
  }

  @Test
  void listTransfers_filtersAndPaging_answerMatchingSlice() {
    http.put("/v1/dialogs/1", json("{'operator_id': 2}"));
    http.put("/v1/dialogs/1", json("{'operator_id': 1}"));
    http.post("/v1/messages", json("{'client_id': 2, 'text': 'hi'}"));
    http.put("/v1/dialogs/2", json("{'operator_id': 2}"));

    assertThat(http.get("/v1/transfers?limit=2&offset=1").json().at("/data/0/id").asInt())
        .isEqualTo(2);
    assertThat(http.get("/v1/transfers?dialog_id=2").json().at("/meta/total").asInt()).isEqualTo(1);
    assertThat(http.get("/v1/transfers?operator_id=1").json().at("/meta/total").asInt())
        .isEqualTo(2);
    assertThat(http.get("/v1/transfers?dialog_id=0").status()).isEqualTo(422);
  }

  @Test
  void getOne_unknown_answers404() {
    http.get("/v1/dialogs/3").is(404, json("{'status': 'error', 'message': 'Page not found'}"));
  }
}
