package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.chat2desk4j.api.Attachment;
import dev.chat2desk4j.api.AttachmentKind;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.SortOrder;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What {@code sendMessage}, {@code listMessages} and {@code messages().get} do, as the real API
 * does it. Inbound messages, read marks and transfers by message are in {@link
 * InboundMessagesContract}.
 */
public abstract class MessagesContract extends ContractBase {

  @Test
  @DisplayName("stores the message and lists it as the client's latest")
  void sendMessage_toKnownClient_isListed() {
    long client = anna();

    SentMessage sent = chat2desk().sendMessage(client, "Hello, Anna");

    assertThat(sent.id()).isPositive();
    assertThat(sent.clientId()).isEqualTo(client);
    assertThat(sent.type()).isEqualTo(MessageType.TO_CLIENT);
    Page<Message> page =
        chat2desk().listMessages(ListMessages.of(client).withOrder(SortOrder.DESC));
    assertThat(page.total()).hasValue(1);
    Message stored = page.items().get(0);
    assertThat(stored.id()).isEqualTo(sent.id());
    assertThat(stored.text()).isEqualTo("Hello, Anna");
    assertThat(stored.type()).isEqualTo(MessageType.TO_CLIENT);
    assertThat(stored.clientId()).isEqualTo(client);
  }

  @Test
  @DisplayName("answers a receipt naming the operator and the dialog, and stores the text as sent")
  void sendMessage_byAnOperator_receiptNamesItAndTheTextIsStored() {
    long operator = seed().addOperator("Olga");
    long client = anna();

    SentMessage sent =
        chat2desk().sendMessage(SendMessage.of(client, "Привет, Anna 👋").withOperatorId(operator));

    assertThat(sent.id()).isPositive();
    assertThat(sent.clientId()).isEqualTo(client);
    assertThat(sent.type()).isEqualTo(MessageType.TO_CLIENT);
    assertThat(sent.operatorId()).isEqualTo(operator);
    assertThat(sent.dialogId()).isNotNull();
    assertThat(chat2desk().listMessages(client).items())
        .extracting(Message::text)
        .containsExactly("Привет, Anna 👋");
  }

  @Test
  @DisplayName("keeps the message type it was asked to send")
  void sendMessage_comment_isStoredAsComment() {
    long client = anna();

    chat2desk().sendMessage(SendMessage.of(client, "note").withType(MessageType.COMMENT));

    assertThat(chat2desk().listMessages(client).items())
        .extracting(Message::type)
        .containsExactly(MessageType.COMMENT);
  }

  @Test
  @DisplayName("gives every message a new, increasing id")
  void sendMessage_twice_givesIncreasingIds() {
    long client = anna();

    long first = chat2desk().sendMessage(client, "one").id();
    long second = chat2desk().sendMessage(client, "two").id();

    assertThat(second).isGreaterThan(first);
  }

  @Test
  @DisplayName("rejects an unknown client with NotFoundException and stores nothing")
  void sendMessage_toUnknownClient_throwsNotFound() {
    long client = anna();

    assertThatThrownBy(() -> chat2desk().sendMessage(client + 1000, "hi"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("sendMessage");
    assertThat(chat2desk().listMessages(client).total()).hasValue(0);
  }

  @Test
  @DisplayName("rejects an unknown channel or operator with NotFoundException and stores nothing")
  void sendMessage_unknownChannelOrOperator_throwsNotFound() {
    long client = anna();

    assertThatThrownBy(
            () -> chat2desk().sendMessage(SendMessage.of(client, "hi").withChannelId(99)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> chat2desk().sendMessage(SendMessage.of(client, "hi").withOperatorId(99)))
        .isInstanceOf(NotFoundException.class);
    assertThat(chat2desk().listMessages(client).total()).hasValue(0);
  }

  @Test
  @DisplayName("lists oldest first by default, with incoming messages typed from_client")
  void listMessages_default_oldestFirst() {
    long client = anna();
    seed().receiveMessage(client, "Hi, I need help");
    chat2desk().sendMessage(client, "How can we help?");

    Page<Message> page = chat2desk().listMessages(client);

    assertThat(page.items())
        .extracting(Message::text)
        .containsExactly("Hi, I need help", "How can we help?");
    assertThat(page.items())
        .extracting(Message::type)
        .containsExactly(MessageType.FROM_CLIENT, MessageType.TO_CLIENT);
    assertThat(page.total()).hasValue(2);
  }

  @Test
  @DisplayName("pages with limit and offset, newest first on request, total counting all")
  void listMessages_pagedDescending_returnsTheRequestedSlice() {
    long client = anna();
    for (int i = 1; i <= 7; i++) {
      chat2desk().sendMessage(client, "message " + i);
    }

    Page<Message> page =
        chat2desk()
            .listMessages(
                ListMessages.of(client).withOffset(2).withLimit(3).withOrder(SortOrder.DESC));

    assertThat(page.items())
        .extracting(Message::text)
        .containsExactly("message 5", "message 4", "message 3");
    assertThat(page.total()).hasValue(7);
    assertThat(page.offset()).isEqualTo(2);
    assertThat(page.limit()).isEqualTo(3);
  }

  @Test
  @DisplayName("pages through a mixed history in both orders, saying whether more follows")
  void listMessages_bothOrders_pageThroughHistory() {
    long client = anna();
    seed().receiveMessage(client, "one");
    chat2desk().sendMessage(client, "two");
    seed().receiveMessage(client, "three");

    Page<Message> oldest = chat2desk().listMessages(ListMessages.of(client).withLimit(2));
    Page<Message> newest =
        chat2desk().listMessages(ListMessages.of(client).withOrder(SortOrder.DESC).withLimit(2));
    Page<Message> rest =
        chat2desk().listMessages(ListMessages.of(client).withOffset(2).withLimit(2));

    assertThat(oldest.items()).extracting(Message::text).containsExactly("one", "two");
    assertThat(oldest.total()).hasValue(3);
    assertThat(oldest.hasNext()).isTrue();
    assertThat(newest.items()).extracting(Message::text).containsExactly("three", "two");
    assertThat(rest.items()).extracting(Message::text).containsExactly("three");
    assertThat(rest.hasNext()).isFalse();
    assertThat(oldest.items().get(0).isIncoming()).isTrue();
    assertThat(oldest.items().get(0).createdAt()).isNotNull();
  }

  @Test
  @DisplayName("lists only the asked client's messages")
  void listMessages_twoClients_onlyThatClients() {
    long anna = anna();
    long boris = seed().createClient("Boris", "79007654321");
    chat2desk().sendMessage(anna, "for Anna");
    chat2desk().sendMessage(boris, "for Boris");

    assertThat(chat2desk().listMessages(boris).items())
        .extracting(Message::text)
        .containsExactly("for Boris");
  }

  @Test
  @DisplayName("streams a long history across pages with allMessages")
  void allMessages_acrossPages_streamsAll() {
    long client = anna();
    for (int i = 0; i < 450; i++) {
      seed().receiveMessage(client, "m" + i);
    }

    List<Message> all = chat2desk().allMessages(client).toList();

    assertThat(all).hasSize(450);
    assertThat(all.get(449).text()).isEqualTo("m449");
    assertThat(all).extracting(Message::id).isSorted().doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("answers an offset past the end with an empty page and the true total")
  void listMessages_offsetPastEnd_isEmpty() {
    long client = anna();
    chat2desk().sendMessage(client, "only one");

    Page<Message> page = chat2desk().listMessages(ListMessages.of(client).withOffset(10));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).hasValue(1);
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  @DisplayName("rejects an unknown client with NotFoundException")
  void listMessages_unknownClient_throwsNotFound() {
    long client = anna();

    assertThatThrownBy(() -> chat2desk().listMessages(client + 1000))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("listMessages");
  }

  @Test
  @DisplayName("reads one message as listings show it; an unknown id is NotFoundException")
  void getMessage_stored_answersItAsListed() {
    long client = anna();
    SentMessage sent = chat2desk().sendMessage(client, "Hello, Anna");

    Message message = whenSupported(() -> chat2desk().messages().get(sent.id()));

    assertThat(message).isEqualTo(chat2desk().listMessages(client).items().get(0));
    assertThat(message.text()).isEqualTo("Hello, Anna");
    assertThat(message.dialogId()).isEqualTo(sent.dialogId());
    assertThat(message.read()).isTrue();
    assertThatThrownBy(() -> chat2desk().messages().get(sent.id() + 1000))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("getMessage");
  }

  @Test
  @DisplayName("sends a file without text, and a PDF beside a text")
  void sendMessage_attachmentOnlyAndPdf_storeTheFiles() {
    long client = anna();

    SentMessage photo =
        whenSupported(
            () ->
                chat2desk()
                    .sendMessage(SendMessage.ofAttachment(client, "https://example.com/cat.png")));
    SentMessage papers =
        chat2desk()
            .sendMessage(
                SendMessage.of(client, "Your invoice").withPdf("https://example.com/inv.pdf"));

    Message first = chat2desk().messages().get(photo.id());
    Message second = chat2desk().messages().get(papers.id());
    assertThat(first.text()).isNull();
    assertThat(first.attachments())
        .extracting(Attachment::url)
        .containsExactly("https://example.com/cat.png");
    assertThat(second.text()).isEqualTo("Your invoice");
    assertThat(second.attachments())
        .extracting(Attachment::kind, Attachment::url)
        .containsExactly(tuple(AttachmentKind.PDF, "https://example.com/inv.pdf"));
  }

  @Test
  @DisplayName("refuses a message without text or file, or a bad file URL, before any call")
  void sendMessage_badRequest_throwsIllegalArgumentBeforeAnyCall() {
    long client = anna();

    assertThatThrownBy(() -> SendMessage.ofAttachment(client, "file:///etc/passwd"))
        .hasMessageContaining("attachment");
    assertThatThrownBy(() -> SendMessage.of(client, " ")).hasMessageContaining("text");
    assertThatThrownBy(() -> ListMessages.of().withLimit(201)).hasMessageContaining("limit");
    assertThat(chat2desk().listMessages(client).total()).hasValue(0);
  }

  @Test
  @DisplayName("filters by type, dialog, operator, read state and first id, across the account")
  void listMessages_filters_keepOnlyTheMatching() {
    long olga = seed().addOperator("Olga");
    long anna = anna();
    long boris = seed().createClient("Boris", "79007654321");
    seed().receiveMessage(anna, "question");
    SentMessage reply =
        chat2desk().sendMessage(SendMessage.of(anna, "answer").withOperatorId(olga));
    SentMessage other = chat2desk().sendMessage(boris, "for Boris");

    assertThat(texts(ListMessages.of().withType(MessageType.FROM_CLIENT)))
        .containsExactly("question");
    assertThat(texts(ListMessages.of().withOperatorId(olga))).containsExactly("answer");
    assertThat(texts(ListMessages.of().withDialogId(other.dialogId())))
        .containsExactly("for Boris");
    assertThat(texts(ListMessages.of().withRead(false))).containsExactly("question");
    assertThat(texts(ListMessages.of().withStartId(reply.id()).withOrder(SortOrder.DESC)))
        .containsExactly("for Boris", "answer");
    assertThat(texts(ListMessages.of(anna).withType(MessageType.TO_CLIENT)))
        .containsExactly("answer");
    assertThat(chat2desk().listMessages(ListMessages.of()).total()).hasValue(3);
  }

  private List<String> texts(ListMessages request) {
    return whenSupported(() -> chat2desk().listMessages(request)).items().stream()
        .map(Message::text)
        .toList();
  }
}
