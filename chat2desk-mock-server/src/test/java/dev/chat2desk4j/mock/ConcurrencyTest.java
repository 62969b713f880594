package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Message;
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
      Http http = new Http(server.baseUrl(), Fixtures.TOKEN);
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
                    Http.Response response = http.post("/v1/messages", body);
                    assertThat(response.status()).isEqualTo(200);
                    answeredIds.add(response.json().at("/data/message_id").asLong());
                  }
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
}
