package dev.chat2desk4j.feign;

import static dev.chat2desk4j.feign.CannedApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Attachment;
import dev.chat2desk4j.api.AttachmentKind;
import dev.chat2desk4j.api.InboundSender;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.SendInboundMessage;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.TransferMessageDialog;
import dev.chat2desk4j.api.Transport;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each message operation sends, and how its answer is read, from canned answers. */
class MessagesWireTest {

  @RegisterExtension static final CannedApi api = CannedApi.start();

  @Test
  void sendMessage_attachmentOnly_hasNoTextInTheBody() {
    api.answer("{\"data\": {\"message_id\": 5}, \"status\": \"success\"}");

    api.client()
        .sendMessage(
            SendMessage.ofAttachment(42, "https://files.example/a.jpg")
                .withPdf("https://files.example/b.pdf")
                .withOpenDialog(true));

    assertThat(api.body())
        .isEqualTo(
            json(
                """
                {"client_id": 42, "type": "to_client", "attachment": "https://files.example/a.jpg",
                 "pdf": "https://files.example/b.pdf", "open_dialog": true}
                """));
  }

  @Test
  void listMessages_everyFilter_isAQueryParameter() {
    api.answer("{\"data\": [], \"meta\": {\"total\": 0}, \"status\": \"success\"}");

    api.client()
        .listMessages(
            ListMessages.of(42)
                .withOrder(SortOrder.DESC)
                .withTransport(Transport.WHATSAPP)
                .withChannelId(3)
                .withType(MessageType.FROM_CLIENT)
                .withDialogId(777)
                .withRead(false)
                .withOperatorId(5)
                .withStartDate(Instant.parse("2026-11-01T00:00:00Z"))
                .withFinishDate(Instant.parse("2026-11-30T23:59:59Z"))
                .withStartId(9000));

    assertThat(api.line())
        .isEqualTo(
            "GET /v1/messages?client_id=42&limit=20&offset=0&order=desc&transport=whatsapp"
                + "&channel_id=3&type=from_client&dialog_id=777&read=0&operator_id=5"
                + "&start_date=2026-11-01T00%3A00%3A00Z&finish_date=2026-11-30T23%3A59%3A59Z"
                + "&start_id=9000");
  }

  @Test
  void listMessages_ofTheWholeAccount_namesNoClient() {
    api.answer("{\"data\": [{\"id\": 1, \"client_id\": 7}, {\"id\": 2}]}");

    var page = api.client().listMessages(ListMessages.of().withRead(true));

    assertThat(api.line()).isEqualTo("GET /v1/messages?limit=20&offset=0&order=asc&read=1");
    assertThat(page.items()).extracting(Message::clientId).containsExactly(7L, 0L);
  }

  @Test
  void getMessage_mediaInBothShapes_areFoldedIntoAttachments() {
    api.answer(
        """
        {"data": {"id": 9001, "client_id": 42, "text": null, "remote_id": "ext-1",
                  "photo": "https://files.example/p.jpg", "video": null, "audio": "",
                  "pdf": {"url": "https://files.example/d.pdf"},
                  "attachments": [
                    {"content_type": "video/mp4",
                     "file": {"url": "https://files.example/v.mp4", "name": "v.mp4"}},
                    {"name": "notes.txt", "link": "https://files.example/n.txt"},
                    {"content_type": "image/jpeg", "file": {"url": "https://files.example/p.jpg"}},
                    {"content_type": "audio/ogg", "file": "https://files.example/a.ogg"},
                    {"name": "no link at all"}, 7]},
         "status": "success"}
        """);

    Message message = api.client().messages().get(9001);

    assertThat(api.line()).isEqualTo("GET /v1/messages/9001");
    assertThat(message.remoteId()).isEqualTo("ext-1");
    assertThat(message.attachments())
        .containsExactly(
            Attachment.of(AttachmentKind.PHOTO, "https://files.example/p.jpg"),
            Attachment.of(AttachmentKind.PDF, "https://files.example/d.pdf"),
            new Attachment(
                AttachmentKind.VIDEO, "https://files.example/v.mp4", "video/mp4", "v.mp4"),
            new Attachment(AttachmentKind.FILE, "https://files.example/n.txt", null, "notes.txt"),
            new Attachment(AttachmentKind.AUDIO, "https://files.example/a.ogg", "audio/ogg", null));
  }

  @Test
  void getMessage_attachmentsNotAnArray_areNone() {
    api.answer("{\"data\": {\"id\": 9001, \"attachments\": {}, \"photo\": 5}}");

    assertThat(api.client().messages().get(9001).attachments()).isEmpty();
  }

  @Test
  void getMessage_answerWithoutTheMessagesId_isInvalidResponse() {
    api.answer("{\"data\": {\"text\": \"Hello\"}, \"status\": \"success\"}");

    assertThatThrownBy(() -> api.client().messages().get(9001))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("GET /v1/messages/9001")
        .hasMessageContaining("data.id");
  }

  @Test
  void markRead_andMarkUnread_areGetsOnTheMessage() {
    api.answer("{\"status\": \"success\"}");
    api.client().messages().markRead(9001);
    assertThat(api.line()).isEqualTo("GET /v1/messages/9001/read");

    api.answer("{\"status\": \"success\"}");
    api.client().messages().markUnread(9001);
    assertThat(api.line()).isEqualTo("GET /v1/messages/9001/unread");
  }

  @Test
  void sendInbound_fromAPhone_sendsTheSenderAsFromClient() {
    api.answer("{\"data\": {\"message_id\": 5, \"client_id\": \"42\"}, \"status\": \"success\"}");

    SentMessage sent =
        api.client()
            .messages()
            .sendInbound(
                SendInboundMessage.of(
                        7, InboundSender.phone("79001234567").withNickname("Anna"), "Hi")
                    .withExternalId("ext-1"));

    assertThat(api.line()).isEqualTo("POST /v1/messages/inbox");
    assertThat(api.body())
        .isEqualTo(
            json(
                """
                {"channel_id": 7, "body": "Hi", "external_id": "ext-1",
                 "from_client": {"phone": "79001234567", "nickname": "Anna"}}
                """));
    assertThat(sent)
        .isEqualTo(
            new SentMessage(
                5, 42, MessageType.FROM_CLIENT, Transport.EXTERNAL, 7L, null, null, null));
  }

  @Test
  void sendInbound_pictureFromAKnownClient_hasNoBody() {
    api.answer("{\"data\": {\"message_id\": 5}, \"status\": \"success\"}");

    SentMessage sent =
        api.client()
            .messages()
            .sendInbound(
                SendInboundMessage.ofImage(
                    7, InboundSender.client(42), "https://files.example/p.jpg"));

    assertThat(api.body())
        .isEqualTo(
            json(
                """
                {"channel_id": 7, "image": "https://files.example/p.jpg",
                 "from_client": {"id": 42}}
                """));
    assertThat(sent.clientId()).isEqualTo(42);
  }

  @Test
  void sendInbound_answerWithoutTheMessageId_isInvalidResponse() {
    api.answer("{\"data\": {\"client_id\": 42}, \"status\": \"success\"}");

    assertThatThrownBy(
            () ->
                api.client()
                    .messages()
                    .sendInbound(SendInboundMessage.of(7, InboundSender.client(42), "Hi")))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("data.message_id");
  }

  @Test
  void transferDialog_operatorAndFlag_areQueryParameters() {
    api.answer("{\"status\": \"success\"}");
    api.client().execute(TransferMessageDialog.of(9001, 5).withForceAssign(true));
    assertThat(api.line()).isEqualTo("GET /v1/messages/9001/transfer?operator_id=5&force_assign=1");

    api.answer("{\"status\": \"success\"}");
    api.client().messages().transferDialog(9001, 5);
    assertThat(api.line()).isEqualTo("GET /v1/messages/9001/transfer?operator_id=5");
  }

  @Test
  void transferDialogToGroup_groupIsAQueryParameter() {
    api.answer("{\"status\": \"success\"}");

    api.client().messages().transferDialogToGroup(9001, 2);

    assertThat(api.line()).isEqualTo("GET /v1/messages/9001/transfer_to_group?group_id=2");
  }
}
