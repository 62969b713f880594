package dev.chat2desk4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.webhooks.Chat2DeskEvent;
import dev.chat2desk4j.webhooks.DialogClosed;
import dev.chat2desk4j.webhooks.DialogTransferred;
import dev.chat2desk4j.webhooks.Inbox;
import dev.chat2desk4j.webhooks.Outbox;
import dev.chat2desk4j.webhooks.OutboxStatus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class InMemoryEventsTest {

  @Test
  void customerWrites_callbackGetsTheInboxBeforeWritesReturns() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create("t");
    long anna = chat2desk.mockAccount().createClient("Anna", "79001234567").id();
    List<Chat2DeskEvent> events = new CopyOnWriteArrayList<>();
    chat2desk.onEvent(events::add);

    Message written = chat2desk.customer(anna).writes("Hi");

    assertThat(events).singleElement().isInstanceOf(Inbox.class);
    Inbox inbox = (Inbox) events.get(0);
    assertThat(inbox.messageId()).isEqualTo(written.id());
    assertThat(inbox.text()).isEqualTo("Hi");
    assertThat(inbox.newRequest()).isTrue();
    assertThat(inbox.eventId()).startsWith("evt-");
  }

  @Test
  void callbackAnsweringThroughTheClient_getsItsOwnOutboxAfterwards() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create("t");
    long anna = chat2desk.mockAccount().createClient("Anna", "79001234567").id();
    List<Chat2DeskEvent> events = new CopyOnWriteArrayList<>();
    chat2desk.onEvent(
        event -> {
          events.add(event);
          if (event instanceof Inbox inbox) {
            chat2desk.sendMessage(inbox.clientId(), "Echo: " + inbox.text());
          }
        });

    chat2desk.customer(anna).writes("Hi");

    assertThat(events).extracting(Object::getClass).containsExactly(Inbox.class, Outbox.class);
    assertThat(((Outbox) events.get(1)).text()).isEqualTo("Echo: Hi");
    assertThat(chat2desk.listMessages(anna).items())
        .extracting(Message::type)
        .containsExactly(MessageType.FROM_CLIENT, MessageType.TO_CLIENT);
  }

  @Test
  void everyKind_reachesTheCallbackAsItsTypedRecord() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create("t");
    MockAccount account = chat2desk.mockAccount();
    long olga = account.addOperator("Olga").id();
    long ivan = account.addOperator("Ivan").id();
    long anna = account.createClient("Anna", "79001234567").id();
    List<Chat2DeskEvent> events = new CopyOnWriteArrayList<>();
    chat2desk.onEvent(events::add);

    Message in = chat2desk.customer(anna).writes("Hi");
    long sent = chat2desk.sendMessage(anna, "Hello").id();
    account.changeDeliveryStatus(sent, "delivered");
    chat2desk.dialogs().reassign(in.dialogId(), olga);
    chat2desk.dialogs().reassign(in.dialogId(), ivan);
    chat2desk.dialogs().close(in.dialogId());

    assertThat(events)
        .extracting(Object::getClass)
        .containsExactly(
            Inbox.class,
            Outbox.class,
            OutboxStatus.class,
            DialogTransferred.class,
            DialogTransferred.class,
            DialogClosed.class);
    assertThat(((DialogTransferred) events.get(4)).fromOperatorId()).isEqualTo(olga);
    assertThat(events).extracting(Chat2DeskEvent::eventId).doesNotHaveDuplicates();
  }

  @Test
  void otherAccountsEvents_neverReachTheCallback() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create("t");
    chat2desk.state().addAccount("other");
    long boris = chat2desk.state().account("other").createClient("Boris", "79007654321").id();
    List<Chat2DeskEvent> events = new CopyOnWriteArrayList<>();
    chat2desk.onEvent(events::add);

    chat2desk.withToken("other").customer(boris).writes("Hi");
    chat2desk.listClients();

    assertThat(events).isEmpty();
  }
}
