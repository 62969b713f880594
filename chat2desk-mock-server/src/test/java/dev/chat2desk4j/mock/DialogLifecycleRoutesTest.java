package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Closing, reopening and waiting dialogs over {@code /v1/dialogs}. */
class DialogLifecycleRoutesTest extends FixtureServerTest {

  @BeforeEach
  void reset() {
    server.reset();
  }

  @Test
  void close_setsTheEndAndAClosedDialogAgainIsAConflictThatChangesNothing() {
    Http.Response closed = http.put("/v1/dialogs/1", json("{'state': 'closed'}"));

    assertThat(closed.json().at("/data/state").asText()).isEqualTo("closed");
    assertThat(closed.json().at("/data/end").asText()).isEqualTo(Fixtures.CREATED);
    http.put("/v1/dialogs/1", json("{'state': 'closed', 'operator_id': 2}"))
        .is(
            400,
            json(
                "{'status': 'error', 'message': 'Dialog already has state closed',"
                    + " 'errors': {'state': ['Dialog already has state closed']}}"));
    assertThat(http.get("/v1/dialogs/1").json().at("/data/operator_id").asLong()).isEqualTo(1);
    assertThat(http.get("/v1/transfers").json().at("/meta/total").asInt()).isZero();
  }

  @Test
  void reopen_clearsTheEndAndStartsANewRequest() {
    http.put("/v1/dialogs/1", json("{'state': 'closed'}"));

    Http.Response reopened = http.put("/v1/dialogs/1", json("{'state': 'open'}"));

    assertThat(reopened.json().at("/data/end").isNull()).isTrue();
    assertThat(reopened.json().at("/data/last_request_id").asLong()).isEqualTo(2);
    http.put("/v1/dialogs/1", json("{'state': 'OPEN'}"))
        .is(
            400,
            json(
                "{'status': 'error', 'message': 'Dialog already has state open',"
                    + " 'errors': {'state': ['Dialog already has state open']}}"));
  }

  @Test
  void unanswered_theOpenDialogsWhoseClientWroteLast() {
    http.post("/v1/messages", json("{'client_id': 2, 'text': 'Hi Boris'}"));
    server.state().account(Fixtures.TOKEN).receiveMessage(2, "Hello?");
    server.state().account(Fixtures.TOKEN).receiveMessage(1, "Still there?");
    http.post("/v1/messages", json("{'client_id': 1, 'text': 'note', 'type': 'comment'}"));

    Http.Response page = http.get("/v1/dialogs/unanswered");

    assertThat(page.json().at("/meta/total").asInt()).isEqualTo(2);
    assertThat(page.json().at("/data/0/id").asInt()).isEqualTo(1);
    assertThat(page.json().at("/data/0/last_message/type").asText()).isEqualTo("comment");
    http.post("/v1/messages", json("{'client_id': 2, 'text': 'Here'}"));
    http.put("/v1/dialogs/1", json("{'state': 'closed'}"));
    assertThat(http.get("/v1/dialogs/unanswered").json().at("/meta/total").asInt()).isZero();
  }

  @Test
  void list_orderDesc_newestFirst() {
    http.post("/v1/messages", json("{'client_id': 2, 'text': 'Hi Boris'}"));

    assertThat(http.get("/v1/dialogs?order=desc").json().at("/data/0/id").asInt()).isEqualTo(2);
    assertThat(http.get("/v1/dialogs?order=up").status()).isEqualTo(422);
  }

  @Test
  void update_unknownInitiator_answers404NamingIt() {
    http.put("/v1/dialogs/1", json("{'operator_id': 2, 'initiator_id': 9}"))
        .is(
            404,
            json(
                "{'status': 'error', 'message': 'Page not found',"
                    + " 'errors': {'initiator_id': ['no record with id 9']}}"));
    assertThat(http.get("/v1/transfers").json().at("/meta/total").asInt()).isZero();
  }

  @Test
  void send_withOpenDialogFalse_neverOpensOne() {
    Http.Response sent =
        http.post("/v1/messages", json("{'client_id': 2, 'text': 'Notice', 'open_dialog': false}"));

    assertThat(sent.json().at("/data/dialog_id").isNull()).isTrue();
    assertThat(http.get("/v1/clients/2/dialogs").json().at("/meta/total").asInt()).isZero();
    assertThat(http.get("/v1/messages/3/transfer?operator_id=1").status()).isEqualTo(404);
  }
}
