package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookRoutesTest extends FixtureServerTest {

  @BeforeEach
  void resetServer() {
    server.reset();
  }

  @Test
  void createWebhook_formWithCommaSeparatedEvents_answersTheWebhook() {
    Http.Response response =
        http.send(
            "POST",
            "/v1/webhooks",
            "url=http%3A%2F%2F127.0.0.1%3A9%2Fhook&events=inbox,close_dialog&channels=1&name=bot",
            "application/x-www-form-urlencoded");

    assertThat(response.status()).isEqualTo(200);
    JsonNode data = response.json().get("data");
    assertThat(data.get("id").asLong()).isEqualTo(1);
    assertThat(data.get("events")).isEqualTo(Http.tree("[\"inbox\",\"close_dialog\"]"));
    assertThat(data.get("channels")).isEqualTo(Http.tree("[1]"));
    assertThat(data.get("status").asText()).isEqualTo("enable");
    assertThat(data.get("errors")).isEmpty();
  }

  @Test
  void createWebhook_badFields_answers422NamingEach() {
    http.post(
            "/v1/webhooks",
            "{\"url\":\"ftp://x\",\"events\":[\"inbox\",\"nope\"],\"status\":\"on\"}")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed', 'errors': {"
                    + "'url': ['must be an absolute http or https URL'],"
                    + "'events': ['is not an allowed value'],"
                    + "'status': ['is not an allowed value']}}"));
    http.post("/v1/webhooks", "{}")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed', 'errors': {"
                    + "'url': ['is required'], 'events': ['is required']}}"));
  }

  @Test
  void createWebhook_usedUrl_answers400AlreadyUsed() {
    String body = "{\"url\":\"https://example.com/h\",\"events\":[\"inbox\"]}";
    http.post("/v1/webhooks", body);

    http.post("/v1/webhooks", body)
        .is(
            400,
            json(
                "{'status': 'error', 'message': 'Url already used',"
                    + " 'errors': {'url': ['Url already used']}}"));
  }

  @Test
  void createWebhook_sixth_answers422AndUnknownChannel404() {
    for (int i = 0; i < 5; i++) {
      http.post(
          "/v1/webhooks", "{\"url\":\"https://example.com/" + i + "\",\"events\":[\"inbox\"]}");
    }

    assertThat(
            http.post("/v1/webhooks", "{\"url\":\"https://example.com/6\",\"events\":[\"inbox\"]}")
                .status())
        .isEqualTo(422);
    server.reset();
    http.post(
            "/v1/webhooks",
            "{\"url\":\"https://example.com/c\",\"events\":[\"inbox\"],\"channels\":[9]}")
        .is(
            404,
            json(
                "{'status': 'error', 'message': 'Page not found',"
                    + " 'errors': {'channels': ['no record with id 9']}}"));
  }

  @Test
  void updateAndDeleteWebhook_unknownId_answers404() {
    http.put("/v1/webhooks/7", "{\"name\":\"x\"}")
        .is(404, json("{'status': 'error', 'message': 'Page not found'}"));
    http.delete("/v1/webhooks/7").is(404, json("{'status': 'error', 'message': 'Page not found'}"));
  }

  @Test
  void legacyHook_setThenShownInApiInfo() {
    http.post("/v1/companies/web_hook", "{\"url\":\"https://example.com/legacy\"}")
        .is(200, json("{'data': {}, 'status': 'success'}"));

    assertThat(http.get("/v1/companies/api_info").json().at("/data/hook").asText())
        .isEqualTo("https://example.com/legacy");
    assertThat(http.post("/v1/companies/chat_close_web_hook", "{}").status()).isEqualTo(422);
  }
}
