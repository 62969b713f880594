package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientRoutesTest extends FixtureServerTest {

  private static final String ANNA =
      "{'id': 1, 'name': 'Anna', 'assigned_name': null, 'phone': '79001234567', 'avatar': null,"
          + " 'region_id': null, 'country_id': null, 'client_external_id': null,"
          + " 'external_id': null, 'comment': null, 'extra_comment_1': null,"
          + " 'extra_comment_2': null, 'extra_comment_3': null, 'custom_fields': {}, 'tags': []}";

  @BeforeEach
  void reset() {
    server.reset();
  }

  @Test
  void list_firstPage_answersClientsWithMeta() {
    Http.Response response = http.get("/v1/clients?limit=1");

    response.is(
        200,
        json(
            "{'data': ["
                + ANNA
                + "], 'meta': {'total': 2, 'limit': 1, 'offset': 0}, 'status': 'success'}"));
  }

  @Test
  void list_secondPage_answersTheRest() {
    Http.Response response = http.get("/v1/clients?limit=1&offset=1");

    assertThat(response.json().at("/data/0/name").asText()).isEqualTo("Boris");
    assertThat(response.json().at("/meta/offset").asInt()).isEqualTo(1);
  }

  @Test
  void list_byPhone_answersThatClientOnly() {
    Http.Response response = http.get("/v1/clients?phone=%2B7%20900%20123-45-67");

    response.is(
        200,
        json(
            "{'data': ["
                + ANNA
                + "], 'meta': {'total': 1, 'limit': 20, 'offset': 0}, 'status': 'success'}"));
  }

  @Test
  void list_byUnknownPhone_answersEmptyPage() {
    Http.Response response = http.get("/v1/clients?phone=70000000000");

    assertThat(response.json().at("/meta/total").asInt()).isZero();
    assertThat(response.json().get("data")).isEmpty();
  }

  @Test
  void list_badPaging_answers422() {
    http.get("/v1/clients?limit=0&offset=x")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed', 'errors': {"
                    + "'limit': ['must be at least 1'], 'offset': ['must be an integer']}}"));
  }

  @Test
  void list_limitOver200_isCappedAndMetaSaysSo() {
    Http.Response response = http.get("/v1/clients?limit=500");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/meta/limit").asInt()).isEqualTo(200);
    assertThat(response.json().get("data")).hasSize(2);
  }

  @Test
  void getOne_existing_answersClientWithItsChannels() {
    String annaWithChannels =
        ANNA.replace(
            "'tags': []}", "'tags': [], 'channels': [{'id': 1, 'transports': ['telegram']}]}");

    http.get("/v1/clients/1")
        .is(200, json("{'data': " + annaWithChannels + ", 'status': 'success'}"));
  }

  @Test
  void getOne_clientWithoutChannel_answersNoChannels() {
    Http.Response boris = http.get("/v1/clients/2");

    assertThat(boris.json().at("/data/channels").isArray()).isTrue();
    assertThat(boris.json().at("/data/channels").size()).isZero();
  }

  @Test
  void getOne_clientCreatedOnAChannel_hasItWithItsTransport() {
    long id =
        http.post(
                "/v1/clients",
                json("{'phone': '79005550000', 'channel_id': 1, 'transport': 'viber'}"))
            .json()
            .at("/data/id")
            .asLong();

    assertThat(http.get("/v1/clients/" + id).json().at("/data/channels"))
        .isEqualTo(Http.tree(json("[{'id': 1, 'transports': ['viber']}]")));
  }

  @Test
  void getOne_otherAccountsClient_answers404() {
    http.as(Fixtures.OTHER_TOKEN)
        .get("/v1/clients/1")
        .is(404, json("{'status': 'error', 'message': 'Page not found'}"));
  }

  @Test
  void list_leavesChannelsOut() {
    assertThat(http.get("/v1/clients").json().at("/data/0").has("channels")).isFalse();
  }

  @Test
  void getOne_unknownOrNotANumber_answers404() {
    http.get("/v1/clients/42").is(404, json("{'status': 'error', 'message': 'Page not found'}"));
    http.get("/v1/clients/abc").is(404, json("{'status': 'error', 'message': 'Page not found'}"));
  }

  @Test
  void create_newPhone_answersClientWithNextId() {
    Http.Response response =
        http.post(
            "/v1/clients",
            json("{'phone': '79991112233', 'nickname': 'Vera', 'transport': 'viber'}"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/data/id").asLong()).isEqualTo(3);
    assertThat(response.json().at("/data/name").asText()).isEqualTo("Vera");
    assertThat(http.get("/v1/messages?client_id=3").status()).isEqualTo(200);
  }

  @Test
  void create_clientTakesChannelTransport_whenSendingWithoutOne() {
    http.post("/v1/clients", json("{'phone': '79991112233', 'channel_id': '1'}"));

    Http.Response sent = http.post("/v1/messages", json("{'client_id': 3, 'text': 'hello'}"));

    assertThat(sent.json().at("/data/transport").asText()).isEqualTo("telegram");
    assertThat(sent.json().at("/data/channel_id").asLong()).isEqualTo(1);
  }

  @Test
  void create_duplicatePhone_answers400WithTheExistingId() {
    http.post("/v1/clients", json("{'phone': '+7 900 123 45 67'}"))
        .is(
            400,
            json(
                "{'status': 'error', 'message': 'Client already exist',"
                    + " 'errors': {'client': ['Client already exist', '{\\'id\\':1}']}}"));
  }

  @Test
  void create_withoutPhone_answers422() {
    http.post("/v1/clients", json("{'nickname': 'Nobody'}"))
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'phone': ['is required']}}"));
  }

  @Test
  void create_phoneWithoutDigits_answers422() {
    http.post("/v1/clients", json("{'phone': 'call me'}"))
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'phone': ['must contain digits']}}"));
  }

  @Test
  void create_unknownChannel_answers404() {
    assertThat(http.post("/v1/clients", json("{'phone': '1', 'channel_id': 5}")).status())
        .isEqualTo(404);
  }
}
