package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.journal.JournalEntry;
import dev.chat2desk4j.mock.state.Seed;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's embedded example, compiled and run so that it cannot rot. */
class ReadmeExampleTest {

  @Test
  void readmeExample_runsAsWritten() {
    try (Chat2DeskMockServer server =
        Chat2DeskMockServer.builder().token("token-a").seed(Seed.demo()).build().start()) {
      URI baseUrl = server.baseUrl(); // http://127.0.0.1:PORT, paths start with /v1
      Client anna = server.state().account("token-a").createClient("Anna", "79001234568");
      server
          .faults()
          .on(Operation.SEND_MESSAGE)
          .respond(429)
          .retryAfter(Duration.ofSeconds(1))
          .once();
      Http http = new Http(baseUrl, "token-a");
      http.post("/v1/messages", "{\"client_id\": " + anna.id() + ", \"text\": \"hi\"}");
      assertThat(server.journal()).extracting(JournalEntry::path).contains("/v1/messages");
    }
  }
}
