package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelAndTemplateRoutesTest extends ReferenceServerTest {

  private static final String SUPPORT =
      "{'id': 1, 'name': 'Support', 'phone': '79000000100', 'transports': ['telegram']}";

  @Test
  void listChannels_answersEachWithItsMessengers() {
    http.get("/v1/channels")
        .is(
            200,
            json(
                "{'data': ["
                    + SUPPORT
                    + ", {'id': 2, 'name': 'Sales', 'phone': null,"
                    + " 'transports': ['whatsapp', 'viber']}],"
                    + " 'meta': {'total': 2, 'limit': 20, 'offset': 0}, 'status': 'success'}"));
  }

  @Test
  void listChannels_byPhone_answersThatChannelOnly() {
    Http.Response response = http.get("/v1/channels?phone=%2B7(900)000-01-00");

    assertThat(response.json().at("/meta/total").asInt()).isEqualTo(1);
    assertThat(response.json().at("/data/0/id").asInt()).isEqualTo(1);
    assertThat(http.get("/v1/channels?phone=1").json().get("data")).isEmpty();
  }

  @Test
  void getChannel_answersItOrPageNotFound() {
    http.get("/v1/channels/1").is(200, json("{'data': " + SUPPORT + ", 'status': 'success'}"));
    http.get("/v1/channels/3").is(404, json("{'status': 'error', 'message': 'Page not found'}"));
    assertThat(http.as(Fixtures.OTHER_TOKEN).get("/v1/channels/1").status()).isEqualTo(404);
  }

  @Test
  void listTemplates_pagesThemInIdOrder() {
    http.get("/v1/templates?offset=1")
        .is(
            200,
            json(
                "{'data': [{'id': 2, 'command': null, 'text': 'Goodbye.', 'name': 'Bye',"
                    + " 'created': '"
                    + Fixtures.CREATED
                    + "'}], 'meta': {'total': 2, 'limit': 20, 'offset': 1},"
                    + " 'status': 'success'}"));
  }

  @Test
  void getTemplate_answersItOrPageNotFound() {
    http.get("/v1/templates/1")
        .is(
            200,
            json(
                "{'data': {'id': 1, 'command': '/hello', 'text': 'Hello!', 'name': 'Greeting',"
                    + " 'created': '"
                    + Fixtures.CREATED
                    + "'}, 'status': 'success'}"));
    http.get("/v1/templates/7").is(404, json("{'status': 'error', 'message': 'Page not found'}"));
  }
}
