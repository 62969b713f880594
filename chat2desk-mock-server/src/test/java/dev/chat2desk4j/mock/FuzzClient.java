package dev.chat2desk4j.mock;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The fuzz tests' HTTP client: the JDK's, for requests to the test's own server. */
final class FuzzClient {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private FuzzClient() {}

  /**
   * Sends a request, telling Jazzer's SSRF detector that a connection to its port is the test's
   * own, for this request only: the detector would flag it in fuzzing mode.
   */
  static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    int port = request.uri().getPort();
    try (SilentCloseable ownServer =
        BugDetectors.allowNetworkConnections((host, toPort) -> toPort == port)) {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }
}
