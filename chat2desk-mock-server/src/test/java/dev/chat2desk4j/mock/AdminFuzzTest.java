package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Fuzzes the admin API: any method, admin path, query, content type, admin header and body must be
 * answered with a 2xx or 4xx JSON envelope, never a 5xx, and the server must keep answering. Runs
 * the seed inputs in {@code src/test/resources/.../AdminFuzzTestInputs} as a regression test by
 * default, and fuzzes with {@code JAZZER_FUZZ=1}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminFuzzTest {

  private static final String ADMIN_TOKEN = "fuzz-admin";
  private static final String[] METHODS = {
    "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "PROPFIND"
  };
  private static final String[] PATHS = {
    "/__admin",
    "/__admin/health",
    "/__admin/accounts",
    "/__admin/reset",
    "/__admin/seed",
    "/__admin/journal",
    "/__admin/faults",
    "/__admin/faults/1",
    "/__admin/messages/incoming",
    "/__admin/nope",
  };
  private static final String[] CONTENT_TYPES = {
    "",
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x"
  };
  private static final String[] ADMIN_HEADERS = {"", ADMIN_TOKEN, "wrong"};
  private static final Set<String> SUCCESS = Set.of("success", "ok");

  /** Inputs between restarts, so that a long fuzzing session's accounts and seeds stay bounded. */
  private static final int RESTART_EVERY = 500;

  private Chat2DeskMockServer server;
  private int inputs;

  @BeforeAll
  void start() {
    server =
        Chat2DeskMockServer.builder()
            .token(Fixtures.TOKEN, Fixtures.seed())
            .adminToken(ADMIN_TOKEN)
            .build()
            .start();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @FuzzTest(maxDuration = "60s")
  void anyAdminRequest_answered2xxOr4xxInTheEnvelope(FuzzedDataProvider data) throws Exception {
    String method = data.pickValue(METHODS);
    String path = data.pickValue(PATHS);
    String contentType = data.pickValue(CONTENT_TYPES);
    String adminHeader = data.pickValue(ADMIN_HEADERS);
    String query = data.consumeString(200);
    String body = data.consumeRemainingAsString();
    if (++inputs % RESTART_EVERY == 0) {
      stop();
      start();
    }

    HttpResponse<String> response =
        send(
            method,
            path + (query.isEmpty() ? "" : "?" + Http.legalQuery(query)),
            contentType,
            adminHeader,
            body);

    assertThat(response.statusCode()).as("status of %s %s", method, path).isBetween(200, 499);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    if (!method.equals("HEAD")) {
      JsonNode json = Http.tree(response.body());
      String status = json.path("status").asText();
      if (response.statusCode() >= 400) {
        assertThat(status).isEqualTo("error");
        assertThat(json.path("message").isTextual()).isTrue();
      } else {
        assertThat(status).isIn(SUCCESS);
      }
    }
    assertThat(send("GET", "/__admin/health", "", ADMIN_TOKEN, "").statusCode())
        .as("health after %s %s", method, path)
        .isEqualTo(200);
  }

  private HttpResponse<String> send(
      String method, String pathAndQuery, String contentType, String adminHeader, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
            .timeout(Duration.ofSeconds(10))
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (!contentType.isEmpty()) {
      request.header("Content-Type", contentType);
    }
    if (!adminHeader.isEmpty()) {
      request.header(Chat2DeskMockServer.ADMIN_HEADER, adminHeader);
    }
    return FuzzClient.send(request.build());
  }
}
