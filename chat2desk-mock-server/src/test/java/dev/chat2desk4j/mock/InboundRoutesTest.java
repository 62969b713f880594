package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/messages/inbox}: a customer's message on an external channel. */
class InboundRoutesTest extends FixtureServerTest {

  @BeforeEach
  void reset() {
    server.reset();
  }

  @Test
  void inbox_knownClient_storesAnUnreadIncomingMessageInItsDialog() {
    Http.Response response =
        http.post(
            "/v1/messages/inbox",
            json(
                "{'channel_id': 1, 'body': 'Any news?', 'external_id': 'ext-7',"
                    + " 'from_client': {'id': 1}}"));

    response.is(
        200,
        json(
            "{'data': {'message_id': 3, 'channel_id': 1, 'operator_id': null,"
                + " 'transport': 'telegram', 'type': 'from_client', 'client_id': 1,"
                + " 'dialog_id': 1, 'request_id': 1}, 'status': 'success'}"));
    Http.Response stored = http.get("/v1/messages/3");
    assertThat(stored.json().at("/data/text").asText()).isEqualTo("Any news?");
    assertThat(stored.json().at("/data/read").asInt()).isZero();
    assertThat(stored.json().at("/data/remote_id").asText()).isEqualTo("ext-7");
  }

  @Test
  void inbox_unknownPhone_createsTheClientReachableThroughTheChannel() {
    Http.Response response =
        http.post(
            "/v1/messages/inbox",
            json(
                "{'channel_id': 1, 'body': 'Hello', 'from_client': {'phone': '+7 900 555-00-11',"
                    + " 'nickname': 'Lena', 'avatar': 'https://example.com/lena.png'}}"));

    long clientId = response.json().at("/data/client_id").asLong();
    assertThat(clientId).isEqualTo(3);
    Http.Response lena = http.get("/v1/clients/3");
    assertThat(lena.json().at("/data/name").asText()).isEqualTo("Lena");
    assertThat(lena.json().at("/data/phone").asText()).isEqualTo("79005550011");
    assertThat(lena.json().at("/data/avatar").asText()).isEqualTo("https://example.com/lena.png");
    assertThat(lena.json().at("/data/channels"))
        .isEqualTo(Http.tree(json("[{'id': 1, 'transports': ['telegram']}]")));
  }

  @Test
  void inbox_knownPhone_joinsThatClientAndCreatesNoOther() {
    http.post(
        "/v1/messages/inbox",
        json("{'channel_id': 1, 'body': 'Hi', 'from_client': {'phone': '79007654321'}}"));

    assertThat(http.get("/v1/clients").json().at("/meta/total").asInt()).isEqualTo(2);
    assertThat(http.get("/v1/messages?client_id=2").json().at("/data/0/text").asText())
        .isEqualTo("Hi");
  }

  @Test
  void inbox_imageAndVideoWithoutBody_storeTheFiles() {
    http.post(
        "/v1/messages/inbox",
        json(
            "{'channel_id': 1, 'image': 'https://example.com/a.jpg',"
                + " 'video': 'https://example.com/b.mp4', 'from_client': {'id': 2}}"));

    Http.Response stored = http.get("/v1/messages/3");
    assertThat(stored.json().at("/data/text").isNull()).isTrue();
    assertThat(stored.json().at("/data/photo").asText()).isEqualTo("https://example.com/a.jpg");
    assertThat(stored.json().at("/data/video").asText()).isEqualTo("https://example.com/b.mp4");
  }

  @Test
  void inbox_locationOnly_isKeptAsTheText() {
    http.post(
        "/v1/messages/inbox",
        json("{'channel_id': 1, 'location': '55.75,37.61', 'from_client': {'id': 2}}"));

    assertThat(http.get("/v1/messages/3").json().at("/data/text").asText())
        .isEqualTo("55.75,37.61");
  }

  @Test
  void inbox_formWithBracketedSender_accepted() {
    Http.Response response =
        http.send(
            "POST",
            "/v1/messages/inbox",
            "channel_id=1&body=Hi&from_client%5Bid%5D=2",
            "application/x-www-form-urlencoded");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/data/client_id").asLong()).isEqualTo(2);
  }

  @Test
  void inbox_unknownClientOrChannel_answers404NamingTheField() {
    http.post(
            "/v1/messages/inbox", json("{'channel_id': 1, 'body': 'Hi', 'from_client': {'id': 9}}"))
        .is(
            404,
            json(
                "{'status': 'error', 'message': 'Page not found',"
                    + " 'errors': {'from_client': ['no record with id 9']}}"));
    http.post(
            "/v1/messages/inbox",
            json("{'channel_id': 7, 'body': 'Hi', 'from_client': {'phone': '79001112233'}}"))
        .is(
            404,
            json(
                "{'status': 'error', 'message': 'Page not found',"
                    + " 'errors': {'channel_id': ['no record with id 7']}}"));
    assertThat(http.get("/v1/clients").json().at("/meta/total").asInt()).isEqualTo(2);
  }

  @Test
  void inbox_badInput_answers422NamingEachField() {
    http.post(
            "/v1/messages/inbox",
            json(
                "{'body': '  ', 'image': 'ftp://x/a.jpg',"
                    + " 'from_client': {'id': 1, 'phone': '79001234567'}}"))
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed', 'errors': {"
                    + "'channel_id': ['is required'], 'body': ['must not be blank'],"
                    + " 'image': ['must be an absolute http or https URL'],"
                    + " 'from_client': ['must have exactly one of id and phone']}}"));
    http.post(
            "/v1/messages/inbox",
            json("{'channel_id': 1, 'from_client': {'phone': '12', 'avatar': 'me.png'}}"))
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed', 'errors': {"
                    + "'from_client.phone': ['must have 5 to 20 digits'],"
                    + " 'from_client.avatar': ['must be an absolute http or https URL'],"
                    + " 'body': ['is required unless image, video or location is given']}}"));
    http.post("/v1/messages/inbox", json("{'channel_id': 1, 'body': 'x', 'from_client': [1]}"))
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'from_client': ['must be an object']}}"));
  }

  @Test
  void inbox_isJournalledAsItsOperationAndNotAsASend() {
    http.post(
        "/v1/messages/inbox", json("{'channel_id': 1, 'body': 'Hi', 'from_client': {'id': 1}}"));

    assertThat(server.verify().requests(Operation.SEND_INBOUND_MESSAGE).count()).isEqualTo(1);
    server.verify().noMessagesSent();
  }
}
