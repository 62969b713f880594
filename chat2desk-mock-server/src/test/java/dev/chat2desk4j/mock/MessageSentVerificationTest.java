package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat2desk4j.api.ApiLimits;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.mock.journal.JournalEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Send verification over HTTP: it reads the messages the server stored, not the journal. */
class MessageSentVerificationTest extends FixtureServerTest {

  /** The API's longest text, in code points: Cyrillic, accents and emoji (two chars each). */
  private static final String LONGEST_TEXT =
      "Привет, café 😀! ".repeat(ApiLimits.MAX_TEXT_LENGTH / 16);

  @BeforeEach
  void reset() {
    server.reset();
  }

  @Test
  void withText_longestNonAsciiTextInABodyTheJournalCuts_matchesExactly() {
    ObjectNode body = Http.MAPPER.createObjectNode();
    body.put("client_id", 1);
    body.put("text", LONGEST_TEXT);
    body.put("padding", "x".repeat(2 * JournalEntry.BODY_LIMIT_BYTES));

    assertThat(http.post("/v1/messages", body.toString()).status()).isEqualTo(200);

    assertThat(LONGEST_TEXT.codePointCount(0, LONGEST_TEXT.length()))
        .isEqualTo(ApiLimits.MAX_TEXT_LENGTH);
    assertThat(server.journal().get(0).bodyTruncated()).isTrue();
    server.verify().messageSent().to(1).withText(LONGEST_TEXT).once();
    server.verify().messageSent().withText(LONGEST_TEXT.substring(1)).never();
    assertThat(server.verify().messageSent().messages().get(0)).containsEntry("text", LONGEST_TEXT);
  }

  @Test
  void withText_formBody_matchesTheDecodedText() {
    http.send(
        "POST",
        "/v1/messages",
        "client_id=1&text=caf%C3%A9+%F0%9F%98%80",
        "application/x-www-form-urlencoded");

    server.verify().messageSent().withText("café 😀").once();
  }

  @Test
  void withTransport_sendWithoutOne_matchesTheClientsMessenger() {
    http.post("/v1/messages", "{\"client_id\": 1, \"text\": \"hi\"}");

    server.verify().messageSent().withTransport(Transport.TELEGRAM).withChannelId(1).once();
    server.verify().messageSent().withTransport(Transport.WIDGET).never();
  }

  @Test
  void failure_listsTheStoredMessagesAndTheRefusedSends() {
    http.post("/v1/messages", "{\"client_id\": 1, \"text\": \"hello\"}");
    http.post("/v1/messages", "{\"client_id\": 99, \"text\": \"lost\"}");

    assertThatThrownBy(() -> server.verify().messageSent().withText("hi").once())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("with text \"hi\", but 0 matched.")
        .hasMessageContaining(
            "- POST /v1/messages -> 200 {client_id=\"1\", text=\"hello\", type=\"to_client\","
                + " transport=\"telegram\", channel_id=\"1\"}")
        .hasMessageContaining("- POST /v1/messages -> 404 {client_id=\"99\", text=\"lost\"}");
  }
}
