package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationJournalTest {

  private final List<JournalEntry> journal = new ArrayList<>();
  private final Verification verify = new Verification(() -> List.copyOf(journal));

  private void received(String method, String path, String query, String body, int status) {
    journal.add(new JournalEntry(Instant.EPOCH, method, path, query, body, status));
  }

  @Test
  void messageSent_jsonFormAndQueryParameters_areAllRead() {
    received("POST", "/v1/messages", "", "{\"client_id\": 7, \"text\": \"json\"}", 200);
    received("POST", "/v1/messages", "", "client_id=7&text=form+body", 200);
    received("POST", "/v1/messages", "client_id=7&text=in%20query", "", 200);
    received("POST", "/v1/messages", "", "{\"client_id\": \"7\", \"text\": \"id as string\"}", 200);

    verify.messageSent().to(7).times(4);
    verify.messageSent().withText("form body").once();
    verify.messageSent().withText("in query").once();
    verify.messageSent().withText("id as string").once();
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
  void messageSent_withoutType_isToClient() {
    received("POST", "/v1/messages", "", "{\"client_id\": 7, \"text\": \"a\"}", 200);
    received(
        "POST",
        "/v1/messages",
        "",
        "{\"client_id\": 7, \"text\": \"b\", \"type\": \"comment\"}",
        200);

    verify.messageSent().withType(MessageType.TO_CLIENT).withText("a").once();
    verify.messageSent().withType(MessageType.COMMENT).withText("b").once();
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
  void check_readsTheJournalWhenItRuns() {
    MessageSentVerification toSeven = verify.messageSent().to(7);
    toSeven.never();

    received("POST", "/v1/messages", "", "{\"client_id\": 7, \"text\": \"late\"}", 200);

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
