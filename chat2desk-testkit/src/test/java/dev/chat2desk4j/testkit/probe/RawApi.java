package dev.chat2desk4j.testkit.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.ratelimiter.RateLimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Raw JSON from an API speaking the Chat2Desk wire, through the JDK's {@link HttpClient} and
 * nothing of this library's client, so that the probe sees exactly what the server sends. The token
 * travels only in the {@code Authorization} header; nothing here prints it, and redirects are not
 * followed, so it never reaches another host.
 */
final class RawApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * An answer.
   *
   * @param status the HTTP status
   * @param json the body as JSON, or null when it is not JSON
   */
  record Answer(int status, JsonNode json) {
    boolean ok() {
      return status >= 200 && status < 300 && json != null;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final URI baseUrl;
  private final String token;
  private final RateLimiter pacing;

  /**
   * An API at a host.
   *
   * @param baseUrl the host root, without {@code /v1}
   * @param token the account's token, sent as the raw {@code Authorization} header
   * @param pacing paces the calls so that a probe of the real API stays within its rate limit, or
   *     null for none
   */
  RawApi(URI baseUrl, String token, RateLimiter pacing) {
    String root = baseUrl.toString();
    this.baseUrl = URI.create(root.endsWith("/") ? root.substring(0, root.length() - 1) : root);
    this.token = token;
    this.pacing = pacing;
  }

  Answer get(String pathAndQuery) {
    return send(request(pathAndQuery).GET());
  }

  Answer post(String path, String jsonBody) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", token)
        .header("Accept", "application/json");
  }

  private Answer send(HttpRequest.Builder request) {
    if (pacing != null) {
      RateLimiter.waitForPermission(pacing);
    }
    HttpRequest built = request.build();
    try {
      HttpResponse<String> answer = http.send(built, HttpResponse.BodyHandlers.ofString());
      return new Answer(answer.statusCode(), parse(answer.body()));
    } catch (IOException e) {
      // The URI names no credential; the token is in a header only.
      throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + built.uri(), e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }
}
