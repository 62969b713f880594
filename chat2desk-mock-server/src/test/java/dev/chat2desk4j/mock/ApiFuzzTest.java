package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat2desk4j.mock.http.ApiRoute;
import dev.chat2desk4j.mock.http.ApiRouteTable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the query strings and bodies of every {@code /v1} route of the route table: each input
 * must be answered with a 2xx in the success envelope or a 4xx in the error envelope, never a 5xx.
 * Runs the seed inputs in {@code src/test/resources/.../ApiFuzzTestInputs} as a regression test by
 * default, and fuzzes with {@code JAZZER_FUZZ=1}.
 */
class ApiFuzzTest extends FixtureServerTest {

  // The first routes keep their positions, which the stored inputs select by index; every other
  // row of the route table follows, so a new route is fuzzed without editing this list.
  private static final String[][] FIRST_ROUTES = {
    {"POST", "/v1/messages"},
    {"GET", "/v1/messages"},
    {"GET", "/v1/messages/1"},
    {"GET", "/v1/messages/2/transfer"},
    {"GET", "/v1/clients"},
    {"POST", "/v1/clients"},
    {"GET", "/v1/clients/1"},
    {"GET", "/v1/transfers"},
    {"GET", "/v1/dialogs"},
    {"PUT", "/v1/dialogs/1"},
    {"GET", "/v1/dialogs/1"},
    {"POST", "/v1/messages/inbox"},
    {"GET", "/v1/messages/1/read"},
    {"GET", "/v1/messages/2/unread"},
    {"PUT", "/v1/clients/1"},
    {"GET", "/v1/clients/1/transport"},
    {"GET", "/v1/clients/1/dialogs"},
    {"GET", "/v1/clients/1/last_question"},
    {"GET", "/v1/dialogs/unanswered"},
  };
  private static final String[][] ROUTES = everyRoute();
  private static final String[] CONTENT_TYPES = {
    "application/json", "application/x-www-form-urlencoded", "text/plain", ""
  };
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @FuzzTest(maxDuration = "60s")
  void anyQueryAndBody_answered2xxOr4xxInTheApiShape(FuzzedDataProvider data) throws Exception {
    String[] route = ROUTES[data.consumeInt(0, ROUTES.length - 1)];
    String contentType = CONTENT_TYPES[data.consumeInt(0, CONTENT_TYPES.length - 1)];
    String query = data.consumeString(300);
    String body = data.consumeRemainingAsString();
    if (server.state().account(Fixtures.TOKEN).messages().size() > 5_000) {
      server.reset(); // keep a long fuzzing session's memory bounded
    }

    HttpResponse<String> response = send(route[0], route[1], query, contentType, body);

    assertThat(response.statusCode()).as("status for %s", response.uri()).isBetween(200, 499);
    JsonNode json = MAPPER.readTree(response.body());
    if (response.statusCode() >= 400) {
      assertThat(json.path("status").asText()).isEqualTo("error");
      assertThat(json.path("message").isTextual()).isTrue();
    } else {
      assertThat(json.path("status").asText()).isEqualTo("success");
      assertThat(json.has("data")).isTrue();
    }
  }

  private static String[][] everyRoute() {
    List<String[]> routes = new ArrayList<>(Arrays.asList(FIRST_ROUTES));
    for (ApiRoute<?, ?> row : ApiRouteTable.routes()) {
      String path = row.path().replace("{id}", "1").replace("{name}", "transports");
      if (routes.stream().noneMatch(r -> r[0].equals(row.method()) && r[1].equals(path))) {
        routes.add(new String[] {row.method(), path});
      }
    }
    return routes.toArray(String[][]::new);
  }

  private HttpResponse<String> send(
      String method, String path, String query, String contentType, String body)
      throws IOException, InterruptedException {
    String target = server.baseUrl() + path + (query.isEmpty() ? "" : "?" + Http.legalQuery(query));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(target))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", Fixtures.TOKEN)
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (!contentType.isEmpty()) {
      request.header("Content-Type", contentType);
    }
    return FuzzClient.send(request.build());
  }
}
