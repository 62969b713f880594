package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** What {@code sendMessage} and {@code listMessages} do, as the real API does it. */
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
}
