package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JournalTest {

  private Chat2DeskMockServer server;
  private Http http;

  @BeforeEach
  void start() {
    server =
        Chat2DeskMockServer.builder()
            .token(Fixtures.TOKEN, Fixtures.seed())
            .clock(Fixtures.CLOCK)
            .journalCapacity(5)
            .build()
            .start();
    http = new Http(server.baseUrl(), Fixtures.TOKEN);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void request_recordedWithMethodPathQueryBodyAndStatus() {
    http.post("/v1/messages?x=1", "{\"client_id\": 1, \"text\": \"hi\"}");

    assertThat(server.journal())
        .containsExactly(
            new JournalEntry(
                Fixtures.NOW,
                "POST",
                "/v1/messages",
                "x=1",
                "{\"client_id\": 1, \"text\": \"hi\"}",
                200));
  }

  @Test
  void failedRequests_recordedWithTheirStatus() {
    http.as(null).get("/v1/clients");
    http.get("/v1/nope");

    assertThat(server.journal()).extracting(JournalEntry::status).containsExactly(401, 404);
  }

  @Test
  void token_neverRecorded() {
    http.get("/v1/clients?limit=1");

    assertThat(server.journal().toString()).doesNotContain(Fixtures.TOKEN);
  }

  @Test
  void capacityReached_dropsOldestFirst() {
    IntStream.rangeClosed(1, 8).forEach(i -> http.get("/v1/clients?offset=" + i));

    assertThat(server.journal())
        .extracting(JournalEntry::query)
        .containsExactly("offset=4", "offset=5", "offset=6", "offset=7", "offset=8");
  }

  @Test
  void adminRequests_notRecorded() {
    http.get("/__admin/health");
    http.get("/__admin/journal");

    assertThat(server.journal()).isEmpty();
  }

  @Test
  void clearJournal_emptiesIt() {
    http.get("/v1/clients");

    server.clearJournal();

    assertThat(server.journal()).isEmpty();
  }
}
