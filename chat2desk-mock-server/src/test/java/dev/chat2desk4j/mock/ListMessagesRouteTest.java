package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat2desk4j.mock.state.MockAccount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListMessagesRouteTest extends FixtureServerTest {

  @BeforeEach
  void reset() {
    server.reset();
  }

  @Test
  void list_oneClient_answersMessagesOldestFirstWithMeta() {
    http.get("/v1/messages?client_id=1")
        .is(
            200,
            json(
                "{'data': [{'id': 1, 'text': 'Hello', 'transport': 'telegram',"
                    + " 'type': 'from_client', 'read': 0, 'created': '"
                    + Fixtures.CREATED
                    + "', 'client_id': 1, 'operator_id': null, 'channel_id': 1, 'dialog_id': 1,"
                    + " 'request_id': 1, 'photo': null, 'video': null, 'audio': null, 'pdf': null,"
                    + " 'coordinates': null, 'remote_id': null, 'recipient_status': null,"
                    + " 'attachments': [], 'extra_data': {}},"
                    + " {'id': 2, 'text': 'Hi Anna', 'transport': 'telegram', 'type': 'to_client',"
                    + " 'read': 1, 'created': '"
                    + Fixtures.CREATED
                    + "', 'client_id': 1, 'operator_id': 1, 'channel_id': 1, 'dialog_id': 1,"
                    + " 'request_id': 1, 'photo': null, 'video': null, 'audio': null, 'pdf': null,"
                    + " 'coordinates': null, 'remote_id': null, 'recipient_status': null,"
                    + " 'attachments': [], 'extra_data': {}}],"
                    + " 'meta': {'total': 2, 'limit': 20, 'offset': 0}, 'status': 'success'}"));
  }

  @Test
  void list_descWithLimitAndOffset_answersThatSlice() {
    addMessages(10);

    Http.Response response = http.get("/v1/messages?client_id=1&order=desc&limit=3&offset=2");

    assertThat(ids(response)).containsExactly(10L, 9L, 8L);
    assertThat(response.json().get("meta"))
        .isEqualTo(Http.tree(json("{'total': 12, 'limit': 3, 'offset': 2}")));
  }

  @Test
  void list_offsetPastTheEnd_answersEmptyPageWithTotal() {
    Http.Response response = http.get("/v1/messages?client_id=1&offset=50");

    assertThat(ids(response)).isEmpty();
    assertThat(response.json().at("/meta/total").asLong()).isEqualTo(2);
  }

  @Test
  void list_withoutClient_answersAllMessagesOfTheAccount() {
    server.state().account(Fixtures.TOKEN).receiveMessage(2, "from Boris");

    Http.Response response = http.get("/v1/messages?order=DESC");

    assertThat(ids(response)).containsExactly(3L, 2L, 1L);
  }

  @Test
  void list_clientWithoutMessages_answersEmptyPage() {
    http.get("/v1/messages?client_id=2")
        .is(
            200,
            json(
                "{'data': [], 'meta': {'total': 0, 'limit': 20, 'offset': 0},"
                    + " 'status': 'success'}"));
  }

  @Test
  void list_unknownClient_answers404() {
    http.get("/v1/messages?client_id=77")
        .is(
            404,
            json(
                "{'status': 'error', 'message': 'Page not found',"
                    + " 'errors': {'client_id': ['no record with id 77']}}"));
  }

  @Test
  void list_limitOutOfRange_answers422() {
    http.get("/v1/messages?client_id=1&limit=0&offset=-1&order=sideways")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed', 'errors': {"
                    + "'limit': ['must be at least 1'], 'offset': ['must not be negative'],"
                    + " 'order': ['is not an allowed value']}}"));
  }

  @Test
  void list_limitZeroOrText_answers422() {
    assertThat(http.get("/v1/messages?client_id=1&limit=0").status()).isEqualTo(422);
    http.get("/v1/messages?client_id=1&limit=ten")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'limit': ['must be an integer']}}"));
  }

  @Test
  void list_unknownQueryParameters_ignored() {
    Http.Response response = http.get("/v1/messages?client_id=1&utm_source=mail&foo=bar");

    assertThat(ids(response)).containsExactly(1L, 2L);
  }

  @Test
  void list_filters_keepMatchingMessagesAndCountThem() {
    addMessages(3);

    Http.Response incoming = http.get("/v1/messages?client_id=1&type=from_client&order=desc");
    Http.Response byOperator = http.get("/v1/messages?client_id=1&operator_id=1");
    Http.Response read = http.get("/v1/messages?read=1");
    Http.Response fromId = http.get("/v1/messages?client_id=1&start_id=4&limit=1");

    assertThat(ids(incoming)).containsExactly(5L, 4L, 3L, 1L);
    assertThat(incoming.json().at("/meta/total").asInt()).isEqualTo(4);
    assertThat(ids(byOperator)).containsExactly(2L);
    assertThat(ids(read)).containsExactly(2L);
    assertThat(ids(fromId)).containsExactly(4L);
    assertThat(fromId.json().at("/meta/total").asInt()).isEqualTo(2);
  }

  @Test
  void list_dateFilters_acceptDatesAndWireTimestamps() {
    assertThat(ids(http.get("/v1/messages?start_date=2026-11-24&finish_date=2026-11-24")))
        .containsExactly(1L, 2L);
    assertThat(ids(http.get("/v1/messages?start_date=2026-11-24%2010:15:01"))).isEmpty();
    assertThat(ids(http.get("/v1/messages?finish_date=2026-11-24T10:15:00%20UTC")))
        .containsExactly(1L, 2L);
    assertThat(ids(http.get("/v1/messages?start_date=2026-11-24T13:15:00%2B03:00")))
        .containsExactly(1L, 2L);
  }

  @Test
  void list_badFilters_answer422() {
    http.get("/v1/messages?type=letter&read=maybe&start_date=yesterday")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed', 'errors': {"
                    + "'type': ['is not an allowed value'], 'read': ['must be true or false'],"
                    + " 'start_date': ['must be a date such as 2026-11-24 or 2026-11-24 10:15:00']}}"));
  }

  @Test
  void getOne_existing_answersMessage() {
    Http.Response response = http.get("/v1/messages/2");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/data/text").asText()).isEqualTo("Hi Anna");
    assertThat(response.json().at("/status").asText()).isEqualTo("success");
  }

  @Test
  void getOne_unknown_answers404() {
    http.get("/v1/messages/99").is(404, json("{'status': 'error', 'message': 'Page not found'}"));
  }

  @Test
  void transfer_byMessage_movesDialogAnswersItAndAppendsRecord() {
    Http.Response response = http.get("/v1/messages/2/transfer?operator_id=2");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/data/id").asLong()).isEqualTo(1);
    assertThat(response.json().at("/data/operator_id").asLong()).isEqualTo(2);
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
  void transfer_toTheSameOperatorAgain_appendsNoRecord() {
    http.get("/v1/messages/2/transfer?operator_id=2");

    assertThat(http.get("/v1/messages/2/transfer?operator_id=2").status()).isEqualTo(200);

    assertThat(http.get("/v1/transfers").json().at("/meta/total").asInt()).isEqualTo(1);
  }

  @Test
  void transfer_withoutOperator_answers422() {
    http.get("/v1/messages/2/transfer")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'operator_id': ['is required']}}"));
  }

  @Test
  void transfer_unknownOperatorOrMessage_answers404() {
    assertThat(http.get("/v1/messages/2/transfer?operator_id=9").status()).isEqualTo(404);
    assertThat(http.get("/v1/messages/99/transfer?operator_id=1").status()).isEqualTo(404);
    assertThat(server.state().account(Fixtures.TOKEN).transfers()).isEmpty();
  }

  private void addMessages(int count) {
    MockAccount account = server.state().account(Fixtures.TOKEN);
    for (int i = 0; i < count; i++) {
      account.receiveMessage(1, "message " + i);
    }
  }

  private static List<Long> ids(Http.Response response) {
    List<Long> ids = new ArrayList<>();
    for (JsonNode item : response.json().get("data")) {
      ids.add(item.get("id").asLong());
    }
    return ids;
  }
}
