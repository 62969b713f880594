package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.http.ApiRouteTable;
import dev.chat2desk4j.mock.journal.Journal;
import dev.chat2desk4j.mock.journal.JournalEntry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
  void request_recordedWithOperationParsedParamsBodyStatusAndAccountLabel() {
    http.post("/v1//messages/?x=1", "{\"client_id\": 1, \"text\": \"hi\"}");

    assertThat(server.journal())
        .containsExactly(
            new JournalEntry(
                Fixtures.NOW,
                Operation.SEND_MESSAGE,
                "POST",
                "/v1/messages",
                "x=1",
                Map.of("x", "1", "client_id", "1", "text", "hi"),
                "{\"client_id\": 1, \"text\": \"hi\"}",
                200,
                30,
                false,
                "account-1"));
  }

  @Test
  void params_fromJsonFormAndQuery_journalledAsParsed() {
    http.post("/v1/messages", "{\"client_id\": \"1\", \"text\": \"json\", \"x\": {\"a\": 1}}");
    http.send(
        "POST", "/v1/messages", "client_id=1&text=form+body", "application/x-www-form-urlencoded");
    http.post("/v1/messages?client_id=1&text=in%20query", null);

    assertThat(server.journal())
        .extracting(JournalEntry::params)
        .containsExactly(
            Map.of("client_id", "1", "text", "json", "x", "{\"a\":1}"),
            Map.of("client_id", "1", "text", "form body"),
            Map.of("client_id", "1", "text", "in query"));
    server.verify().requests(Operation.SEND_MESSAGE).withParam("client_id", "1").times(3);
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
  void largeBody_keptUpToTheLimitAndMarked() {
    String body = "{\"client_id\": 1, \"text\": \"hi\", \"pad\": \"" + "x".repeat(100_000) + "\"}";

    http.post("/v1/messages", body);

    JournalEntry entry = server.journal().get(0);
    assertThat(entry.bodyTruncated()).isTrue();
    assertThat(entry.bodySize()).isEqualTo(body.length());
    assertThat(entry.body()).isEqualTo(body.substring(0, JournalEntry.BODY_LIMIT_BYTES));
    Http.Response journal = http.as(null).get("/__admin/journal");
    assertThat(journal.json().at("/data/0/body_truncated").asBoolean()).isTrue();
    assertThat(journal.json().at("/data/0/body_size").asInt()).isEqualTo(body.length());
  }

  @Test
  void bodyCut_neverSplitsACharacter() {
    byte[] body =
        ("a".repeat(JournalEntry.BODY_LIMIT_BYTES - 1) + "é and more")
            .getBytes(StandardCharsets.UTF_8);

    JournalEntry entry = received(body);

    assertThat(entry.body()).isEqualTo("a".repeat(JournalEntry.BODY_LIMIT_BYTES - 1));
    assertThat(entry.bodyTruncated()).isTrue();
    assertThat(entry.bodySize()).isEqualTo(body.length);
  }

  @Test
  void bodyAtTheLimit_keptWhole() {
    byte[] body = "b".repeat(JournalEntry.BODY_LIMIT_BYTES).getBytes(StandardCharsets.UTF_8);

    JournalEntry entry = received(body);

    assertThat(entry.bodyTruncated()).isFalse();
    assertThat(entry.body()).hasSize(JournalEntry.BODY_LIMIT_BYTES);
  }

  @Test
  void byteBudgetReached_dropsOldestFirst() {
    // Each entry costs 1 000 (body) + 5 (path) + 128 bytes: three fit in 3 500, four do not.
    Journal journal = new Journal(100, 3_500, ApiRouteTable::routeName);

    IntStream.rangeClosed(1, 5).forEach(i -> journal.add(entry(i + "x".repeat(999)), null));

    assertThat(journal.entries())
        .extracting(entry -> entry.body().charAt(0))
        .containsExactly('3', '4', '5');
    assertThat(journal.bytes()).isEqualTo(3 * 1_133);
  }

  @Test
  void entryOverTheWholeBudget_isStillKeptAsTheNewest() {
    Journal journal = new Journal(100, 10, ApiRouteTable::routeName);

    journal.add(entry("first"), null);
    journal.add(entry("second"), null);

    assertThat(journal.entries()).extracting(JournalEntry::body).containsExactly("second");
  }

  @Test
  void journalMaxBytes_notPositive_isRejected() {
    assertThatThrownBy(() -> Chat2DeskMockServer.builder().journalMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes");
  }

  @Test
  void clearJournal_emptiesIt() {
    http.get("/v1/clients");

    server.clearJournal();

    assertThat(server.journal()).isEmpty();
  }

  private static JournalEntry received(byte[] body) {
    return JournalEntry.received(
        Fixtures.NOW,
        new JournalEntry.Received(null, "POST", "/v1/x", "", Map.of(), null),
        body,
        200);
  }

  private static JournalEntry entry(String body) {
    return new JournalEntry(Fixtures.NOW, "POST", "/v1/x", "", body, 200);
  }
}
