package dev.chat2desk4j.mock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transfer;
import dev.chat2desk4j.api.Transport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MockAccountTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:15:00.750Z");

  private MockAccount account;

  @BeforeEach
  void create() {
    account = MockState.create(Clock.fixed(NOW, ZoneOffset.UTC)).addAccount("t");
  }

  @Test
  void createClient_assignsIncreasingIdsAndDigitsOnlyPhone() {
    Client first = account.createClient("Anna", "+7 (900) 123-45-67");
    Client second = account.createClient(NewClient.named("Boris"));

    assertThat(first).isEqualTo(Client.of(1, "Anna", "79001234567"));
    assertThat(second.id()).isEqualTo(2);
    assertThat(second.phone()).isNull();
  }

  @Test
  void createClient_duplicatePhone_throws400NamingPhone() {
    account.createClient("Anna", "79001234567");

    assertThatThrownBy(() -> account.createClient("Other", "7-900-123-45-67"))
        .isInstanceOfSatisfying(
            DuplicateRecordException.class,
            e -> {
              assertThat(e.field()).isEqualTo("phone");
              assertThat(e.existingId()).isEqualTo(1);
            });
    assertThat(account.clients()).hasSize(1);
  }

  @Test
  void sendMessage_unknownClient_throws404NamingClientId() {
    assertThatThrownBy(() -> account.sendMessage(SendMessage.of(5, "hi")))
        .isInstanceOfSatisfying(
            RecordNotFoundException.class,
            e -> {
              assertThat(e.field()).hasValue("client_id");
              assertThat(e.id()).isEqualTo(5);
            });
  }

  @Test
  void sendMessage_opensDialogOnceAndAssignsFirstOperator() {
    MockOperator olga = account.addOperator("Olga");
    MockOperator ivan = account.addOperator("Ivan");
    MockChannel channel = account.addChannel("Support", Transport.TELEGRAM);
    Client anna = account.createClient(NewClient.of("Anna", "1").withChannelId(channel.id()));

    SentMessage first =
        account.sendMessage(SendMessage.of(anna.id(), "a").withOperatorId(olga.id()));
    SentMessage second =
        account.sendMessage(SendMessage.of(anna.id(), "b").withOperatorId(ivan.id()));

    assertThat(first)
        .isEqualTo(
            new SentMessage(1, 1, MessageType.TO_CLIENT, Transport.TELEGRAM, 1L, 1L, 1L, 1L));
    assertThat(second.dialogId()).isEqualTo(1L);
    assertThat(account.dialogs()).singleElement().extracting(MockDialog::operatorId).isEqualTo(1L);
  }

  @Test
  void receiveMessage_storesUnreadIncomingWithWholeSecondTimestamp() {
    account.createClient(NewClient.of("Anna", "1").withTransport(Transport.VIBER));

    Message message = account.receiveMessage(1, "Hello");

    assertThat(message)
        .isEqualTo(
            new Message(
                1,
                1,
                "Hello",
                MessageType.FROM_CLIENT,
                Transport.VIBER,
                false,
                Instant.parse("2026-11-24T10:15:00Z"),
                null,
                null,
                1L,
                1L,
                List.of(),
                null));
    assertThat(message.isIncoming()).isTrue();
  }

  @Test
  void transferDialog_movesDialogAndRecordsFromAndTo() {
    account.addOperator("Olga");
    account.addOperator("Ivan");
    account.createClient("Anna", "1");
    account.sendMessage(SendMessage.of(1, "hi").withOperatorId(1));

    Transfer transfer = account.transferDialog(1, 2);

    assertThat(transfer)
        .isEqualTo(new Transfer(1, 1, 1, 1L, 2, Instant.parse("2026-11-24T10:15:00Z")));
    assertThat(account.findDialog(1).orElseThrow().operatorId()).isEqualTo(2L);
  }

  @Test
  void transferDialog_unknownDialogOrOperator_throws404() {
    account.addOperator("Olga");
    account.createClient("Anna", "1");
    account.receiveMessage(1, "hi");

    assertThatThrownBy(() -> account.transferDialog(7, 1))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> account.transferDialog(1, 7))
        .isInstanceOfSatisfying(
            RecordNotFoundException.class, e -> assertThat(e.field()).hasValue("operator_id"));
    assertThat(account.transfers()).isEmpty();
  }

  @Test
  void listMessages_ascAndDesc_pageFromTheRightEnd() {
    account.createClient("Anna", "1");
    for (int i = 1; i <= 5; i++) {
      account.receiveMessage(1, "m" + i);
    }

    List<Long> asc =
        account.listMessages(ListMessages.of(1).withOffset(1).withLimit(2)).items().stream()
            .map(Message::id)
            .toList();
    List<Long> desc =
        account
            .listMessages(ListMessages.of(1).withOffset(1).withLimit(2).withOrder(SortOrder.DESC))
            .items()
            .stream()
            .map(Message::id)
            .toList();

    assertThat(asc).containsExactly(2L, 3L);
    assertThat(desc).containsExactly(4L, 3L);
  }

  @Test
  void listClients_byPhone_matchesDigitsOnly() {
    account.createClient("Anna", "79001234567");
    account.createClient("Boris", "79007654321");

    assertThat(account.listClients(ListClients.of().withPhone("+79007654321")).items())
        .extracting(Client::name)
        .containsExactly("Boris");
  }

  @Test
  void listTransfers_byOperator_matchesFromOrTo() {
    account.addOperator("A");
    account.addOperator("B");
    account.addOperator("C");
    account.createClient("Anna", "1");
    account.receiveMessage(1, "hi");
    account.transferDialog(1, 1);
    account.transferDialog(1, 2);
    account.transferDialog(1, 3);

    assertThat(account.listTransfers(ListTransfers.of().withOperatorId(2)).items())
        .extracting(Transfer::id)
        .containsExactly(2L, 3L);
    assertThat(account.listTransfers(ListTransfers.of().withDialogId(2)).total()).hasValue(0);
  }

  @Test
  void updateDialog_closeThenMessage_reopensWithNewRequest() {
    account.createClient("Anna", "1");
    account.receiveMessage(1, "hi");

    account.updateDialog(1, null, MockDialog.State.CLOSED);
    Message next = account.receiveMessage(1, "again");

    assertThat(next.requestId()).isEqualTo(2L);
    assertThat(account.findDialog(1).orElseThrow().state()).isEqualTo(MockDialog.State.OPEN);
  }

  @Test
  void snapshots_areImmutableCopies() {
    account.createClient("Anna", "1");
    List<Client> clients = account.clients();

    account.createClient("Boris", "2");

    assertThat(clients).hasSize(1);
    assertThatThrownBy(() -> clients.add(Client.of(9, "x", null)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
