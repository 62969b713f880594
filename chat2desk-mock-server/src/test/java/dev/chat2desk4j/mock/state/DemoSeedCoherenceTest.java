package dev.chat2desk4j.mock.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.GetOperatorGroups;
import dev.chat2desk4j.api.ListOperators;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Operator;
import dev.chat2desk4j.api.OperatorGroup;
import dev.chat2desk4j.api.Tag;
import dev.chat2desk4j.api.Transfer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo seed is coherent: every reference from every object it holds finds its target. The walk
 * reads whatever the demo holds, so it keeps holding as the demo grows.
 */
class DemoSeedCoherenceTest {

  private MockAccount account;
  private Set<Long> operators;
  private Set<Long> channels;
  private Set<Long> clients;
  private Set<Long> dialogs;

  @BeforeEach
  void seedDemo() {
    account = MockState.create().addAccount("t", Seed.demo());
    operators = ids(account.operators().stream().map(MockOperator::id).toList());
    channels = ids(account.channels().stream().map(MockChannel::id).toList());
    clients = ids(account.clients().stream().map(Client::id).toList());
    dialogs = ids(account.dialogs().stream().map(Dialog::id).toList());
  }

  @Test
  void demo_holdsSomethingOfEveryKind() {
    assertThat(operators).isNotEmpty();
    assertThat(channels).isNotEmpty();
    assertThat(clients).isNotEmpty();
    assertThat(dialogs).isNotEmpty();
    assertThat(account.messages()).isNotEmpty();
    assertThat(account.transfers()).isNotEmpty();
    assertThat(account.reference().operators().groups(GetOperatorGroups.of())).isNotEmpty();
    assertThat(account.reference().tags().all()).isNotEmpty();
    assertThat(account.reference().templates().all()).isNotEmpty();
    assertThat(clients)
        .anySatisfy(
            client -> assertThat(account.client(client).orElseThrow().tagIds()).isNotEmpty());
  }

  @Test
  void everyClient_reachesItsChannelsAndTags() {
    Set<Long> tags = ids(account.reference().tags().all().stream().map(Tag::id).toList());

    for (long id : clients) {
      Client client = account.client(id).orElseThrow();
      assertThat(client.channels()).extracting(ClientChannel::id).allMatch(channels::contains);
      assertThat(client.tagIds()).as("tags of client %s", id).allMatch(tags::contains);
    }
  }

  @Test
  void everyDialog_reachesItsClientAndOperator() {
    for (Dialog dialog : account.dialogs()) {
      assertThat(clients).as("client of dialog %s", dialog.id()).contains(dialog.clientId());
      if (dialog.operatorId() != null) {
        assertThat(operators)
            .as("operator of dialog %s", dialog.id())
            .contains(dialog.operatorId());
      }
    }
  }

  @Test
  void everyMessage_reachesItsClientDialogOperatorAndChannelOnItsMessenger() {
    for (Message message : account.messages()) {
      assertThat(clients).as("client of message %s", message.id()).contains(message.clientId());
      assertThat(dialogs).as("dialog of message %s", message.id()).contains(message.dialogId());
      if (message.operatorId() != null) {
        assertThat(operators).contains(message.operatorId());
      }
      if (message.channelId() != null) {
        assertThat(channels).contains(message.channelId());
        MockChannel channel = account.channels().get(message.channelId().intValue() - 1);
        assertThat(channel.transports())
            .as("messenger of message %s on its channel", message.id())
            .contains(message.transport());
      }
    }
  }

  @Test
  void everyGroup_reachesItsOperators() {
    for (OperatorGroup group : account.reference().operators().groups(GetOperatorGroups.of())) {
      assertThat(group.operatorIds()).isNotEmpty().allMatch(operators::contains);
    }
  }

  @Test
  void everyTransfer_reachesItsDialogClientAndOperators() {
    for (Transfer transfer : account.transfers()) {
      assertThat(dialogs).contains(transfer.dialogId());
      assertThat(clients).contains(transfer.clientId());
      assertThat(operators).contains(transfer.toOperatorId());
      if (transfer.fromOperatorId() != null) {
        assertThat(operators).contains(transfer.fromOperatorId());
      }
    }
  }

  @Test
  void everyOperator_countsExactlyTheOpenDialogsItHolds() {
    List<Operator> listed =
        account.reference().operators().list(ListOperators.of().withLimit(200)).items();

    for (Operator operator : listed) {
      long open =
          account.dialogs().stream()
              .filter(Dialog::isOpen)
              .filter(dialog -> Long.valueOf(operator.id()).equals(dialog.operatorId()))
              .count();
      assertThat(operator.openedDialogs()).as("operator %s", operator.id()).isEqualTo(open);
    }
  }

  private static Set<Long> ids(List<Long> ids) {
    return ids.stream().collect(Collectors.toSet());
  }
}
