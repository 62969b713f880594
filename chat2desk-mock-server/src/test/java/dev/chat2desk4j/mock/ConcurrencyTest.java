package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat2desk4j.api.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int SENDS_PER_THREAD = 2_000;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void send_8ThreadsTimes2000_storesEveryMessageOnceWithUniqueIds() throws Exception {
    try (Chat2DeskMockServer server = Fixtures.start()) {
      Set<Long> answeredIds = ConcurrentHashMap.newKeySet();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> workers = new ArrayList<>();

      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < SENDS_PER_THREAD; i++) {
                    String body =
                        "{\"client_id\": "
                            + (1 + i % 2)
                            + ", \"text\": \"t"
                            + thread
                            + "-"
                            + i
                            + "\"}";
                    JsonNode answer = post(server.baseUrl(), body);
                    answeredIds.add(answer.at("/data/message_id").asLong());
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      pool.shutdown();

      List<Message> stored = server.state().account(Fixtures.TOKEN).messages();
      List<Message> sent = stored.subList(2, stored.size());
      assertThat(sent).hasSize(THREADS * SENDS_PER_THREAD);
      assertThat(answeredIds).hasSize(THREADS * SENDS_PER_THREAD);
      assertThat(sent.stream().map(Message::id).collect(Collectors.toSet())).isEqualTo(answeredIds);
      assertThat(sent.stream().map(Message::text).distinct().count())
          .isEqualTo(THREADS * SENDS_PER_THREAD);
    }
  }

  /**
   * Sends over {@link HttpURLConnection}, not the JDK {@code HttpClient} of {@link Http}: under
   * this load JDK 17's client can hand a reused connection's answer to its idle-pool watcher and
   * fail the call after the server stored the message (JDK-8338569), which no retry can tell from a
   * lost send.
   */
  private static JsonNode post(URI baseUrl, String json) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) baseUrl.resolve("/v1/messages").toURL().openConnection();
    connection.setRequestMethod("POST");
    connection.setRequestProperty("Authorization", Fixtures.TOKEN);
    connection.setRequestProperty("Content-Type", "application/json");
    connection.setConnectTimeout(5_000);
    connection.setReadTimeout(10_000);
    connection.setDoOutput(true);
    try (OutputStream out = connection.getOutputStream()) {
      out.write(json.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(connection.getResponseCode()).isEqualTo(200);
    try (InputStream in = connection.getInputStream()) {
      return Http.MAPPER.readTree(in);
    }
  }
}
