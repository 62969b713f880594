package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.chat2desk4j.api.Attachment;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.InboundSender;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.MarkMessageRead;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.SendInboundMessage;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Transfer;
import dev.chat2desk4j.api.Transport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the operations on single messages do: {@code messages().sendInbound}, {@code markRead},
 * {@code markUnread} and {@code transferDialog}.
 */
public abstract class InboundMessagesContract extends ContractBase {

  @Test
  @DisplayName("brings a known client's message in, unread and incoming, into its dialog")
  void sendInbound_knownClient_isStoredAsItsUnreadIncomingMessage() {
    long anna = annaOnAChannel();
    long channel = channelOf(anna);

    SentMessage receipt =
        inbound(
            SendInboundMessage.of(channel, InboundSender.client(anna), "Any news?")
                .withExternalId("ext-7"));

    Message stored = chat2desk().messages().get(receipt.id());
    assertThat(receipt.clientId()).isEqualTo(anna);
    assertThat(receipt.type()).isEqualTo(MessageType.FROM_CLIENT);
    assertThat(stored.text()).isEqualTo("Any news?");
    assertThat(stored.isIncoming()).isTrue();
    assertThat(stored.read()).isFalse();
    assertThat(stored.channelId()).isEqualTo(channel);
    assertThat(stored.remoteId()).isEqualTo("ext-7");
    assertThat(stored.dialogId()).isEqualTo(receipt.dialogId()).isNotNull();
    assertThat(chat2desk().clients().lastQuestion(anna)).isEqualTo(stored);
  }

  @Test
  @DisplayName("creates the client of an unknown phone, and each call brings the message in again")
  void sendInbound_unknownPhoneTwice_createsOneClientWithTwoMessages() {
    long channel = channelOf(annaOnAChannel());
    SendInboundMessage request =
        SendInboundMessage.of(
            channel, InboundSender.phone("+79005550011").withNickname("Lena"), "Hello");

    SentMessage first = inbound(request);
    SentMessage second = chat2desk().messages().sendInbound(request);

    Client lena = chat2desk().listClients(ListClients.of().withPhone("79005550011")).items().get(0);
    assertThat(lena.id()).isEqualTo(first.clientId()).isEqualTo(second.clientId());
    assertThat(lena.name()).isEqualTo("Lena");
    assertThat(chat2desk().clients().get(lena.id()).channels())
        .extracting(ClientChannel::id)
        .containsExactly(channel);
    assertThat(chat2desk().listMessages(lena.id()).items())
        .extracting(Message::text)
        .containsExactly("Hello", "Hello");
  }

  @Test
  @DisplayName("brings in a picture without text")
  void sendInbound_imageOnly_storesThePicture() {
    long anna = annaOnAChannel();

    SentMessage receipt =
        inbound(
            SendInboundMessage.ofImage(
                channelOf(anna), InboundSender.client(anna), "https://example.com/a.jpg"));

    Message stored = chat2desk().messages().get(receipt.id());
    assertThat(stored.text()).isNull();
    assertThat(stored.attachments())
        .extracting(Attachment::url)
        .containsExactly("https://example.com/a.jpg");
  }

  @Test
  @DisplayName("rejects an unknown client or channel with NotFoundException and stores nothing")
  void sendInbound_unknownClientOrChannel_throwsNotFound() {
    long anna = annaOnAChannel();
    long channel = channelOf(anna);
    inbound(SendInboundMessage.of(channel, InboundSender.client(anna), "hi"));

    assertThatThrownBy(
            () ->
                chat2desk()
                    .messages()
                    .sendInbound(
                        SendInboundMessage.of(channel, InboundSender.client(anna + 1000), "x")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("sendInboundMessage");
    assertThatThrownBy(
            () ->
                chat2desk()
                    .messages()
                    .sendInbound(
                        SendInboundMessage.of(
                            channel + 1000, InboundSender.phone("79005550011"), "x")))
        .isInstanceOf(NotFoundException.class);
    assertThat(chat2desk().listMessages(ListMessages.of()).total()).hasValue(1);
    assertThat(chat2desk().listClients().total()).hasValue(1);
  }

  @Test
  @DisplayName("refuses a sender with both or neither id and phone, or no content, before any call")
  void sendInbound_badRequest_throwsIllegalArgumentBeforeAnyCall() {
    assertThatThrownBy(() -> new InboundSender(1L, "79005550011", null, null))
        .hasMessageContaining("exactly one of id and phone");
    assertThatThrownBy(
            () -> new SendInboundMessage(1, InboundSender.client(1), null, null, null, null, null))
        .hasMessageContaining("text");
    assertThatThrownBy(() -> InboundSender.phone("12")).hasMessageContaining("phone");
  }

  @Test
  @DisplayName(
      "marks a message read and unread, as the read filter then shows; repeats change nothing")
  void markReadAndUnread_twiceEach_showInTheReadFilter() {
    long anna = anna();
    seed().receiveMessage(anna, "question");
    long id = chat2desk().listMessages(anna).items().get(0).id();

    whenSupported(
        () -> {
          chat2desk().messages().markRead(id);
          return null;
        });
    chat2desk().messages().markRead(id);

    assertThat(chat2desk().messages().get(id).read()).isTrue();
    assertThat(chat2desk().listMessages(ListMessages.of(anna).withRead(false)).items()).isEmpty();
    chat2desk().messages().markUnread(id);
    chat2desk().messages().markUnread(id);
    assertThat(chat2desk().messages().get(id).read()).isFalse();
    assertThat(chat2desk().listMessages(ListMessages.of(anna).withRead(false)).items())
        .extracting(Message::id)
        .containsExactly(id);
    assertThat(chat2desk().execute(MarkMessageRead.of(id))).isNull();
    assertThatThrownBy(() -> chat2desk().messages().markRead(id + 1000))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("markMessageRead");
  }

  @Test
  @DisplayName(
      "gives a message's dialog to an operator once; the same operator again records nothing")
  void transferDialog_byMessageTwice_movesOnceAndRecordsOneTransfer() {
    long olga = seed().addOperator("Olga");
    long pavel = seed().addOperator("Pavel");
    long anna = anna();
    SentMessage sent = chat2desk().sendMessage(SendMessage.of(anna, "hi").withOperatorId(olga));

    whenSupported(
        () -> {
          chat2desk().messages().transferDialog(sent.id(), pavel);
          return null;
        });
    chat2desk().messages().transferDialog(sent.id(), pavel);

    assertThat(chat2desk().dialogs().get(sent.dialogId()).operatorId()).isEqualTo(pavel);
    assertThat(chat2desk().listTransfers(ListTransfers.of().withDialogId(sent.dialogId())).items())
        .extracting(Transfer::fromOperatorId, Transfer::toOperatorId)
        .containsExactly(tuple(olga, pavel));
    assertThatThrownBy(() -> chat2desk().messages().transferDialog(sent.id() + 1000, pavel))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> chat2desk().messages().transferDialog(sent.id(), pavel + 1000))
        .isInstanceOf(NotFoundException.class);
  }

  private long annaOnAChannel() {
    return whenSupported(
        () -> seed().createClientOnChannel("Anna", "79001234567", Transport.EXTERNAL));
  }

  private long channelOf(long clientId) {
    return whenSupported(() -> chat2desk().clients().get(clientId)).channels().get(0).id();
  }

  private SentMessage inbound(SendInboundMessage request) {
    return whenSupported(() -> chat2desk().messages().sendInbound(request));
  }
}
