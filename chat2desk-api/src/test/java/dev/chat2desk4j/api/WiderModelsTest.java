package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The models of the wider API: what a missing or null part of an answer becomes. */
class WiderModelsTest {

  @Test
  void dialog_nullState_isUnknown_andNullPartsStayNull() {
    Dialog dialog = new Dialog(4324035, null, null, null, null, null, null, null, 0);

    assertThat(dialog.state()).isEqualTo(DialogState.UNKNOWN);
    assertThat(dialog.isOpen()).isFalse();
    assertThat(dialog.lastMessage()).isNull();
    assertThat(dialog.operatorId()).isNull();
  }

  @Test
  void dialog_open_withItsLastMessage() {
    Message last = message(List.of(Attachment.of(AttachmentKind.PHOTO, "https://x.example/p")));

    Dialog dialog =
        new Dialog(
            4324035,
            DialogState.OPEN,
            Instant.parse("2026-11-24T10:00:00Z"),
            null,
            41164L,
            4242L,
            last,
            8725095L,
            12);

    assertThat(dialog.isOpen()).isTrue();
    assertThat(dialog.lastMessage().attachments()).hasSize(1);
    assertThat(dialog.messageCount()).isEqualTo(12);
  }

  @Test
  void message_attachments_areACopy() {
    List<Attachment> files = new ArrayList<>(List.of(Attachment.of(AttachmentKind.PDF, "u")));

    Message message = message(files);
    files.clear();

    assertThat(message.attachments())
        .extracting(Attachment::kind)
        .containsExactly(AttachmentKind.PDF);
    assertThatThrownBy(() -> message.attachments().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void attachment_nullKind_isUnknown_andTheUrlIsRequired() {
    assertThat(new Attachment(null, "https://x.example/f", "image/png", "f.png").kind())
        .isEqualTo(AttachmentKind.UNKNOWN);
    assertThatThrownBy(() -> Attachment.of(AttachmentKind.FILE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("url");
  }

  @Test
  void client_newFields_customFieldsKeepTheApisOrder_andDropNullValues() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("tier", "gold");
    fields.put("empty", null);
    fields.put("city", "Moscow");

    Client client =
        new Client(
            1, "Anna", null, null, null, null, null, null, "c", "e1", "e2", "e3", fields, null,
            null);

    assertThat(client.customFields())
        .containsExactly(Map.entry("tier", "gold"), Map.entry("city", "Moscow"));
    assertThat(client.extraComment1()).isEqualTo("e1");
    assertThat(client.extraComment3()).isEqualTo("e3");
    assertThatThrownBy(() -> client.customFields().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void client_of_hasNoCustomFields() {
    assertThat(Client.of(1, "Anna", "79001234567").customFields()).isEmpty();
  }

  @Test
  void operator_nullRole_isUnknown() {
    Operator operator =
        new Operator(3, null, null, null, true, 2, "Ivan", null, null, null, null, null, null);

    assertThat(operator.role()).isEqualTo(OperatorRole.UNKNOWN);
    assertThat(operator.online()).isTrue();
  }

  @Test
  void lists_nullBecomeEmpty() {
    assertThat(new Channel(1, null, null, null).transports()).isEmpty();
    assertThat(new OperatorGroup(1, null, null).operatorIds()).isEmpty();
    Webhook webhook = new Webhook(1, null, "https://x.example/h", null, null, null, null, null);
    assertThat(webhook.events()).isEmpty();
    assertThat(webhook.errors()).isEmpty();
    assertThat(webhook.channelIds()).isEmpty();
    assertThat(webhook.status()).isEqualTo(WebhookStatus.UNKNOWN);
  }

  @Test
  void webhook_withoutUrl_throwsNamingUrl() {
    assertThatThrownBy(() -> new Webhook(1, null, null, null, null, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("url");
  }

  @ParameterizedTest
  @CsvSource({"10000, 2500, 7500", "10000, 10000, 0", "10000, 12000, 0", "0, 0, 0"})
  void accountInfo_requestsLeft_isTheLimitMinusTheCallsNeverNegative(
      long limit, long used, long left) {
    assertThat(account(used, limit).requestsLeft()).hasValue(left);
  }

  @Test
  void accountInfo_requestsLeft_unknownWithoutBothNumbers() {
    assertThat(account(null, 10_000L).requestsLeft()).isEmpty();
    assertThat(account(2_500L, null).requestsLeft()).isEmpty();
  }

  private static AccountInfo account(Long used, Long limit) {
    return new AccountInfo(1L, null, "Acme", null, "api", "ru", null, null, null, used, limit, 3);
  }

  private static Message message(List<Attachment> attachments) {
    return new Message(
        9001,
        4242,
        null,
        MessageType.FROM_CLIENT,
        Transport.TELEGRAM,
        false,
        null,
        null,
        null,
        null,
        null,
        attachments,
        "ext-1");
  }
}
