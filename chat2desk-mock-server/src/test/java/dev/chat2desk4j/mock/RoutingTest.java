package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingTest extends FixtureServerTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/v1/webhooks/all",
        "/v1/requests/5/messages",
        "/v1/statistics",
        "/v1/tickets",
        "/v1/clients/1/messages",
        "/v2/messages",
        "/",
        "/v1"
      })
  void unknownPath_answers404Envelope(String path) {
    http.get(path).is(404, json("{'status': 'error', 'message': 'Page not found'}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DELETE", "PATCH"})
  void unknownMethodOnKnownPath_answers404Envelope(String method) {
    http.send(method, "/v1/messages", null, null)
        .is(404, json("{'status': 'error', 'message': 'Page not found'}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/clients", "/v1/clients/1", "/__admin/health"})
  void headOfAGetRoute_answers404LikeAnyMethodTheApiLacks(String path) {
    Http.Response response =
        http.withHeader(Chat2DeskMockServer.ADMIN_HEADER, "1").send("HEAD", path, null, null);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.raw().headers().firstValue("Content-Type"))
        .hasValue("application/json;charset=utf-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/messages", "/__admin/health"})
  void methodJavalinDoesNotRoute_answers404Envelope(String path) {
    http.withHeader(Chat2DeskMockServer.ADMIN_HEADER, "1")
        .send("PROPFIND", path, null, null)
        .is(404, json("{'status': 'error', 'message': 'Page not found'}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/clients/", "//v1//clients", "/v1/clients//", "/v1///clients/"})
  void slashesDoubledOrTrailing_tolerated(String path) {
    Http.Response response = http.get(path + "?limit=1");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/meta/total").asInt()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/clients", "/v1/nope"})
  void unknownPathWithoutToken_answers404ButKnownPathAnswers401(String path) {
    int expected = path.endsWith("nope") ? 404 : 401;

    assertThat(http.as(null).get(path).status()).isEqualTo(expected);
  }
}
