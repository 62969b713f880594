package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The routes under {@code /v1/clients/{id}} beyond the plain read, and the listing's filters. */
class ClientCardRoutesTest extends FixtureServerTest {

  @BeforeEach
  void reset() {
    server.reset();
  }

  @Test
  void update_everyCardField_answersTheClientAndListsShowIt() {
    Http.Response response =
        http.put(
            "/v1/clients/1",
            json(
                "{'nickname': 'Anna (VIP)', 'comment': 'Prefers mornings',"
                    + " 'extra_comment_1': 'a', 'extra_comment_2': 'b', 'extra_comment_3': 'c',"
                    + " 'external_id': 'crm-1', 'custom_fields': {'city': 'Kazan', 'age': 31}}"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/data/channels/0/id").asLong()).isEqualTo(1);
    assertThat(http.get("/v1/clients?limit=1").json().at("/data/0"))
        .isEqualTo(
            Http.tree(
                json(
                    "{'id': 1, 'name': 'Anna', 'assigned_name': 'Anna (VIP)',"
                        + " 'phone': '79001234567', 'avatar': null, 'region_id': null,"
                        + " 'country_id': null, 'client_external_id': 'crm-1',"
                        + " 'external_id': 'crm-1', 'comment': 'Prefers mornings',"
                        + " 'extra_comment_1': 'a', 'extra_comment_2': 'b', 'extra_comment_3': 'c',"
                        + " 'custom_fields': {'city': 'Kazan', 'age': '31'}, 'tags': []}")));
  }

  @Test
  void update_emptyTextsAndValues_clearThoseFieldsAndKeepTheOthers() {
    http.put("/v1/clients/1", json("{'comment': 'x', 'custom_fields': {'a': '1', 'b': '2'}}"));

    http.put("/v1/clients/1", json("{'comment': '', 'custom_fields': {'a': ''}}"));

    Http.Response anna = http.get("/v1/clients/1");
    assertThat(anna.json().at("/data/comment").isNull()).isTrue();
    assertThat(anna.json().at("/data/custom_fields")).isEqualTo(Http.tree(json("{'b': '2'}")));
  }

  @Test
  void update_formFieldsWithBrackets_setCustomFields() {
    Http.Response response =
        http.send(
            "PUT",
            "/v1/clients/2",
            "nickname=Bob&custom_fields%5Bcity%5D=Omsk",
            "application/x-www-form-urlencoded");

    assertThat(response.json().at("/data/assigned_name").asText()).isEqualTo("Bob");
    assertThat(response.json().at("/data/custom_fields/city").asText()).isEqualTo("Omsk");
  }

  @Test
  void update_unknownClientOrBadCustomFields_answers404Or422() {
    http.put("/v1/clients/9", json("{'comment': 'x'}"))
        .is(404, json("{'status': 'error', 'message': 'Page not found'}"));
    http.put("/v1/clients/1", json("{'custom_fields': {'city': {'name': 'x'}}, 'comment': [1]}"))
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed', 'errors': {"
                    + "'custom_fields.city': ['must be a string'], 'comment': ['must be a string']}}"));
  }

  @Test
  void transports_answersTheChannelsWithTheirMessengers() {
    http.get("/v1/clients/1/transport")
        .is(
            200,
            json(
                "{'data': [{'channel_id': 1, 'transports': ['telegram']}],"
                    + " 'status': 'success'}"));
    assertThat(http.get("/v1/clients/2/transport").json().get("data")).isEmpty();
    assertThat(http.get("/v1/clients/9/transport").status()).isEqualTo(404);
  }

  @Test
  void dialogs_pagedOldestFirst_withTheirLastMessage() {
    http.put("/v1/dialogs/1", json("{'state': 'closed'}"));
    http.post("/v1/messages", json("{'client_id': 1, 'text': 'again'}"));

    Http.Response first = http.get("/v1/clients/1/dialogs?limit=1");
    Http.Response second = http.get("/v1/clients/1/dialogs?limit=1&offset=1");

    assertThat(first.json().at("/meta/total").asInt()).isEqualTo(2);
    assertThat(first.json().at("/data/0/state").asText()).isEqualTo("closed");
    assertThat(first.json().at("/data/0/last_message/text").asText()).isEqualTo("Hi Anna");
    assertThat(second.json().at("/data/0/state").asText()).isEqualTo("open");
    assertThat(second.json().at("/data/0/messages").asInt()).isEqualTo(1);
    assertThat(http.get("/v1/clients/2/dialogs").json().at("/meta/total").asInt()).isZero();
  }

  @Test
  void lastQuestion_theClientsLatestIncomingMessage_or404WhenItNeverWrote() {
    http.post("/v1/messages", json("{'client_id': 1, 'text': 'an answer'}"));

    assertThat(http.get("/v1/clients/1/last_question").json().at("/data/text").asText())
        .isEqualTo("Hello");
    http.get("/v1/clients/2/last_question")
        .is(404, json("{'status': 'error', 'message': 'Page not found'}"));
  }

  @Test
  void list_orderDescAndCreatedAfter_narrowAndOrder() {
    assertThat(http.get("/v1/clients?order=desc").json().at("/data/0/name").asText())
        .isEqualTo("Boris");
    assertThat(http.get("/v1/clients?created_after=2026-11-24T10:14:59Z").json().at("/meta/total"))
        .hasToString("2");
    assertThat(http.get("/v1/clients?created_after=2026-11-24").json().at("/meta/total"))
        .hasToString("2");
    assertThat(http.get("/v1/clients?created_after=2026-11-24%2010:15:00").json().at("/meta/total"))
        .hasToString("0");
  }

  @Test
  void list_byTags_keepsOnlyTaggedClientsAndRefusesWhatIsNoIdList() {
    assertThat(http.get("/v1/clients?tags=5,6").json().at("/meta/total").asInt()).isZero();
    http.get("/v1/clients?tags=5,x")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'tags': ['must be a positive integer']}}"));
  }

  @Test
  void create_answersTheClientWithItsChannels() {
    Http.Response response =
        http.post("/v1/clients", json("{'phone': '79005550000', 'channel_id': 1}"));

    assertThat(response.json().at("/data/channels"))
        .isEqualTo(Http.tree(json("[{'id': 1, 'transports': ['telegram']}]")));
  }
}
