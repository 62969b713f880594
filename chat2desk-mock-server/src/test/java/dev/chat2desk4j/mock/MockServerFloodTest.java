package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A flood of 1 MB request bodies, accepted and refused, at a heap far below what a journal of whole
 * bodies would take: the standalone server keeps answering, never with a 5xx.
 */
class MockServerFloodTest {

  private static final int REQUESTS = 400;
  private static final int CONNECTIONS = 4;
  private static final String PAD = "x".repeat(1_000_000);

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void megabyteBodies_atA256MiBHeap_neverAnswer5xxAndTheServerStillAnswers() throws Exception {
    try (ChildServer child =
        ChildServer.start(
            List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
            Map.of(),
            "--port",
            "0",
            "--token",
            "flood-token",
            "--seed",
            "demo")) {
      URI baseUrl = child.baseUrl();
      Http http = new Http(baseUrl, "flood-token");
      Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

      ExecutorService senders = Executors.newFixedThreadPool(CONNECTIONS);
      try {
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
          int request = i;
          sent.add(
              senders.submit(() -> statuses.merge(send(http, request).status(), 1, Integer::sum)));
        }
        for (Future<?> future : sent) {
          future.get(60, TimeUnit.SECONDS);
        }
      } finally {
        senders.shutdownNow();
      }

      assertThat(statuses.keySet()).as("statuses seen").allMatch(status -> status < 500);
      assertThat(statuses).containsKeys(200, 400, 401, 413, 422);
      assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REQUESTS);
      assertThat(child.process().isAlive()).as("alive; output: %s", child.output()).isTrue();
      assertThat(http.get("/v1/clients").status()).isEqualTo(200);
      assertThat(new Http(baseUrl, null).get("/__admin/health").status()).isEqualTo(200);
    }
  }

  /**
   * One of five ~1 MB requests: an accepted send, bad JSON, a too-long text, a wrong token, a body
   * over the 1 MiB limit.
   */
  private static Http.Response send(Http http, int request) {
    return switch (request % 5) {
      case 0 ->
          http.post(
              "/v1/messages",
              "{\"client_id\": 1, \"text\": \"flood " + request + "\", \"pad\": \"" + PAD + "\"}");
      case 1 -> http.post("/v1/messages", "{\"client_id\": 1, \"text\": " + PAD);
      case 2 -> http.post("/v1/messages", "{\"client_id\": 1, \"text\": \"" + PAD + "\"}");
      case 3 -> http.as("wrong-token").post("/v1/clients", "{\"phone\": \"" + PAD + "\"}");
      default -> http.post("/v1/clients", "{\"phone\": \"" + PAD + PAD + "\"}");
    };
  }
}
