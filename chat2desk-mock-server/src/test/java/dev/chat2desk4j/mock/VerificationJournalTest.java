package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.Transport;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerificationJournalTest {

  private final Journal journal = new Journal(100, Chat2DeskMockServer.DEFAULT_JOURNAL_MAX_BYTES);
  private final Verification verify = new Verification(journal);

  private void received(String method, String path, String query, String body, int status) {
    journal.add(new JournalEntry(Instant.EPOCH, method, path, query, body, status), null);
  }

  private void sent(String body, long clientId, String storedText, MessageType type) {
    Message stored =
        new Message(
            1,
            clientId,
            storedText,
            type,
            Transport.WIDGET,
            true,
            Instant.EPOCH,
            null,
            null,
            1L,
            1L);
    journal.add(new JournalEntry(Instant.EPOCH, "POST", "/v1/messages", "", body, 200), stored);
  }

  @Test
  void requests_jsonFormAndQueryParameters_areAllRead() {
    received("POST", "/v1/messages", "", "{\"client_id\": 7, \"text\": \"json\"}", 200);
    received("POST", "/v1/messages", "", "client_id=7&text=form+body", 200);
    received("POST", "/v1/messages", "client_id=7&text=in%20query", "", 200);
    received("POST", "/v1/messages", "", "{\"client_id\": \"7\", \"text\": \"id as string\"}", 200);

    verify.requests(Operation.SEND_MESSAGE).withParam("client_id", "7").times(4);
    verify.requests().withParam("text", "form body").once();
    verify.requests().withParam("text", "in query").once();
    verify.requests().withParam("text", "id as string").once();
  }

  @Test
  void messageSent_readsTheStoredMessage_notTheJournalBody() {
    sent(
        "{\"client_id\": 7, \"text\": \"cut in the jou",
        7,
        "cut in the journal",
        MessageType.COMMENT);

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
    received("POST", "/v1/messages", "", "{\"client_id\": 7, \"text\": \"a\"}", 404);
    received("POST", "/v1/messages", "", "{\"client_id\": 7, \"text\": \"b\"}", 0);
    received("GET", "/v1/messages", "client_id=7", "", 200);

    verify.noMessagesSent();
    verify.requests(Operation.SEND_MESSAGE).times(2);
    verify.requests(Operation.SEND_MESSAGE).withStatus(0).once();
    verify.requests(Operation.LIST_MESSAGES).withParam("client_id", "7").once();
  }

  @Test
  void failure_listsStoredSendsAndRefusedOnes() {
    sent("{}", 7, "stored text", MessageType.TO_CLIENT);
    received("POST", "/v1/messages", "", "{\"client_id\": 8, \"text\": \"refused\"}", 404);

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
    received("GET", "/v1/clients", "limit=20", "", 0);

    assertThatThrownBy(() -> verify.requests(Operation.LIST_CLIENTS).withStatus(200).once())
        .hasMessageContaining("answered 200")
        .hasMessageContaining("- GET /v1/clients -> dropped {limit=\"20\"}");
  }

  @Test
  void failure_truncatedBody_isMarked() {
    journal.add(
        new JournalEntry(Instant.EPOCH, "POST", "/v1/clients", "", "{\"ph", 422, 70_000, true),
        null);

    assertThatThrownBy(() -> verify.requests().withStatus(200).once())
        .hasMessageContaining(
            "- POST /v1/clients -> 422 (body of 70000 bytes, cut in the journal)");
  }

  @Test
  void check_readsTheJournalWhenItRuns() {
    MessageSentVerification toSeven = verify.messageSent().to(7);
    toSeven.never();

    sent("{}", 7, "late", MessageType.TO_CLIENT);

    toSeven.once();
    assertThat(toSeven.count()).isEqualTo(1);
  }

  @Test
  void malformedBody_isIgnoredNotFatal() {
    received("POST", "/v1/messages", "", "{not json", 400);

    verify.requests(Operation.SEND_MESSAGE).withBodyContaining("not json").once();
    verify.noMessagesSent();
  }
}
