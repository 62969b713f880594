package dev.chat2desk4j.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Transport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookEventsTest {

  /** The wire doc's {@code inbox} payload, with an extra field. */
  private static final String INBOX =
      """
      {"hook_type":"inbox","message_id":1,"type":"from_client","text":"Hi",
       "transport":"telegram","client_id":4242,"operator_id":3,"dialog_id":777,"channel_id":12,
       "request_id":555,"photo":null,"coordinates":null,"audio":null,"pdf":null,"attachments":[],
       "client":{"id":4242,"phone":"79001234567","client_phone":null,"name":"Anna",
       "assigned_name":null,"external_id":null},"is_new_request":false,"is_new_client":false,
       "extra_data":{},"event_time":"2026-11-24T10:00:00Z","added_later":{"x":1}}
      """;

  @Test
  void parse_wireInbox_readsEveryField() {
    Chat2DeskEvent event = WebhookEvents.parse(INBOX.getBytes(StandardCharsets.UTF_8));

    assertThat(event).isInstanceOf(Inbox.class);
    Inbox inbox = (Inbox) event;
    assertThat(inbox.messageId()).isEqualTo(1);
    assertThat(inbox.text()).isEqualTo("Hi");
    assertThat(inbox.transport()).isEqualTo(Transport.TELEGRAM);
    assertThat(inbox.clientId()).isEqualTo(4242);
    assertThat(inbox.operatorId()).isEqualTo(3);
    assertThat(inbox.dialogId()).isEqualTo(777);
    assertThat(inbox.channelId()).isEqualTo(12);
    assertThat(inbox.requestId()).isEqualTo(555);
    assertThat(inbox.client().name()).isEqualTo("Anna");
    assertThat(inbox.client().phone()).isEqualTo("79001234567");
    assertThat(inbox.attachments()).isEmpty();
    assertThat(inbox.newClient()).isFalse();
    assertThat(inbox.eventTime()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
    assertThat(inbox.eventId()).isEqualTo("inbox:1");
  }

  @Test
  void parse_quirks_stringIdsNumericBooleansAndWireTime() {
    Inbox inbox =
        (Inbox)
            WebhookEvents.parse(
                """
                {"hook_type":"inbox","message_id":"17","client_id":"5","dialog_id":"9",
                 "is_new_client":1,"is_new_request":"true","transport":"max",
                 "event_time":"2026-11-24T10:20:00 UTC","event_id":"evt-1"}
                """);

    assertThat(inbox.messageId()).isEqualTo(17);
    assertThat(inbox.clientId()).isEqualTo(5);
    assertThat(inbox.dialogId()).isEqualTo(9);
    assertThat(inbox.newClient()).isTrue();
    assertThat(inbox.newRequest()).isTrue();
    assertThat(inbox.transport()).isEqualTo(Transport.UNKNOWN);
    assertThat(inbox.eventTime()).isEqualTo(Instant.parse("2026-11-24T10:20:00Z"));
    assertThat(inbox.eventId()).isEqualTo("evt-1");
  }

  @Test
  void parse_unixTime_readsIt() {
    DialogClosed closed =
        (DialogClosed)
            WebhookEvents.parse(
                "{\"hook_type\":\"close_dialog\",\"dialog_id\":7,\"event_time\":1764000000}");

    assertThat(closed.eventTime()).isEqualTo(Instant.ofEpochSecond(1764000000));
    assertThat(closed.eventId()).isEqualTo("close_dialog:7");
  }

  @Test
  void parse_mediaInEveryForm_readsEachAsAnAttachment() {
    Outbox outbox =
        (Outbox)
            WebhookEvents.parse(
                """
                {"hook_type":"outbox","message_id":2,"client_id":5,
                 "photo":"https://cdn.example/p.jpg",
                 "attachments":[{"content_type":"application/pdf","file":{"url":"https://cdn.example/a.pdf"}},
                                {"name":"b.txt","link":"https://cdn.example/b.txt"}]}
                """);

    assertThat(outbox.attachments())
        .containsExactly(
            new EventAttachment("photo", "https://cdn.example/p.jpg", null),
            new EventAttachment("application/pdf", "https://cdn.example/a.pdf", null),
            new EventAttachment(null, "https://cdn.example/b.txt", "b.txt"));
  }

  @Test
  void parse_statusAndTransfer_readTheirFields() {
    OutboxStatus status =
        (OutboxStatus)
            WebhookEvents.parse(
                "{\"hook_type\":\"outbox_status\",\"message_id\":3,\"status\":\"read\"}");
    DialogTransferred transferred =
        (DialogTransferred)
            WebhookEvents.parse(
                "{\"hook_type\":\"dialog_transferred\",\"dialog_id\":\"8\",\"client_id\":5,"
                    + "\"operator_id\":2,\"from_operator_id\":1}");

    assertThat(status.status()).isEqualTo("read");
    assertThat(status.eventId()).isEqualTo("outbox_status:3:read");
    assertThat(transferred.dialogId()).isEqualTo(8);
    assertThat(transferred.operatorId()).isEqualTo(2);
    assertThat(transferred.fromOperatorId()).isEqualTo(1);
  }

  @Test
  void parse_unknownEvent_keepsRawJsonAndDerivesAnId() {
    String body = "{\"hook_type\":\"new_ticket\",\"dialog_id\":4,\"ticket\":{\"id\":1}}";

    Chat2DeskEvent event = WebhookEvents.parse(body);

    assertThat(event).isEqualTo(new Unknown("new_ticket", body));
    assertThat(event.eventId()).isEqualTo("new_ticket:4");
    assertThat(new Unknown("x", "{\"hook_type\":\"x\"}").eventId()).startsWith("x:sha256:");
  }

  @Test
  void parse_badBodies_throwTypedExceptionNamingTheProblem() {
    assertThatThrownBy(() -> WebhookEvents.parse("not json {secret}"))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("must be JSON")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> WebhookEvents.parse("[1]"))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("JSON object");
    assertThatThrownBy(() -> WebhookEvents.parse("{\"text\":\"Hi\"}"))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("hook_type");
    assertThatThrownBy(() -> WebhookEvents.parse("{\"hook_type\":\"inbox\",\"client_id\":1}"))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("message_id");
  }
}
