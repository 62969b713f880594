package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.mock.http.ApiRouteTable;
import dev.chat2desk4j.mock.journal.Journal;
import dev.chat2desk4j.mock.journal.JournalEntry;
import dev.chat2desk4j.mock.journal.MessageSentVerification;
import dev.chat2desk4j.mock.journal.Verification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verification over journal entries as the pipeline records them, without a server. */
class VerificationJournalTest {

  private final Journal journal =
      new Journal(100, Chat2DeskMockServer.DEFAULT_JOURNAL_MAX_BYTES, ApiRouteTable::routeName);
  private final Verification verify = journal.verify();

  private void received(
      Operation operation, String method, String path, Map<String, String> params, int status) {
    journal.add(entry(operation, method, path, params, "", status), null);
  }

  private void sent(long clientId, String text, MessageType type) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("client_id", String.valueOf(clientId));
    params.put("text", text);
    SentMessage stored = new SentMessage(1, clientId, type, Transport.WIDGET, null, null, 1L, 1L);
    journal.add(entry(Operation.SEND_MESSAGE, "POST", "/v1/messages", params, "{}", 200), stored);
  }

  private static JournalEntry entry(
      Operation operation,
      String method,
      String path,
      Map<String, String> params,
      String body,
      int status) {
    return JournalEntry.received(
        Instant.EPOCH,
        new JournalEntry.Received(operation, method, path, "", params, "account-1"),
        body.getBytes(StandardCharsets.UTF_8),
        status);
  }

  @Test
  void messageSent_readsTheStoredAnswer_notTheJournalBody() {
    sent(7, "cut in the journal", MessageType.COMMENT);

    verify.messageSent().to(7).withText("cut in the journal").withType(MessageType.COMMENT).once();
    verify.messageSent().withText("cut in the jou").never();
    assertThat(verify.messageSent().messages())
        .containsExactly(
            Map.of(
                "client_id",
                "7",
                "text",
                "cut in the journal",
                "type",
                "comment",
                "transport",
                "widget"));
  }

  @Test
  void messageSent_refusedOrDropped_doNotCount() {
    received(
        Operation.SEND_MESSAGE, "POST", "/v1/messages", Map.of("client_id", "7", "text", "a"), 404);
    received(
        Operation.SEND_MESSAGE, "POST", "/v1/messages", Map.of("client_id", "7", "text", "b"), 0);
    received(Operation.LIST_MESSAGES, "GET", "/v1/messages", Map.of("client_id", "7"), 200);

    verify.noMessagesSent();
    verify.requests(Operation.SEND_MESSAGE).times(2);
    verify.requests(Operation.SEND_MESSAGE).withStatus(0).once();
    verify.requests(Operation.LIST_MESSAGES).withParam("client_id", "7").once();
  }

  @Test
  void failure_listsStoredSendsAndRefusedOnes() {
    sent(7, "stored text", MessageType.TO_CLIENT);
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put("client_id", "8");
    refused.put("text", "refused");
    received(Operation.SEND_MESSAGE, "POST", "/v1/messages", refused, 404);

    assertThatThrownBy(() -> verify.messageSent().withText("other").once())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "- POST /v1/messages -> 200 {client_id=\"7\", text=\"stored text\","
                + " type=\"to_client\", transport=\"widget\"}")
        .hasMessageContaining("- POST /v1/messages -> 404 {client_id=\"8\", text=\"refused\"}");
  }

  @Test
  void failure_emptyJournal_saysNothingWasReceived() {
    assertThatThrownBy(() -> verify.messageSent().atLeastOnce())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected at least 1 message(s) sent")
        .hasMessageContaining("(0): none.");
  }

  @Test
  void failure_dropped_isShownAsDropped() {
    received(Operation.LIST_CLIENTS, "GET", "/v1/clients", Map.of("limit", "20"), 0);

    assertThatThrownBy(() -> verify.requests(Operation.LIST_CLIENTS).withStatus(200).once())
        .hasMessageContaining("answered 200")
        .hasMessageContaining("- GET /v1/clients -> dropped {limit=\"20\"}");
  }

  @Test
  void failure_truncatedBody_isMarked() {
    journal.add(
        new JournalEntry(
            Instant.EPOCH,
            null,
            "POST",
            "/v1/clients",
            "",
            Map.of(),
            "{\"ph",
            422,
            70_000,
            true,
            null),
        null);

    assertThatThrownBy(() -> verify.requests().withStatus(200).once())
        .hasMessageContaining(
            "- POST /v1/clients -> 422 (body of 70000 bytes, cut in the journal)");
  }

  @Test
  void check_readsTheJournalWhenItRuns() {
    MessageSentVerification toSeven = verify.messageSent().to(7);
    toSeven.never();

    sent(7, "late", MessageType.TO_CLIENT);

    toSeven.once();
    assertThat(toSeven.count()).isEqualTo(1);
  }

  @Test
  void malformedBody_isIgnoredNotFatal() {
    journal.add(
        entry(Operation.SEND_MESSAGE, "POST", "/v1/messages", Map.of(), "{not json", 400), null);

    verify.requests(Operation.SEND_MESSAGE).withBodyContaining("not json").once();
    verify.noMessagesSent();
  }
}
