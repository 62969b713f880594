package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.chat2desk4j.api.ListOperators;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Operator;
import dev.chat2desk4j.api.OperatorGroup;
import dev.chat2desk4j.api.OperatorRole;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.TransferMessageDialogToGroup;
import dev.chat2desk4j.testkit.OperatorProfile;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the operator operations do: {@code operators().list(..)}, {@code operators().groups()} and
 * {@code messages().transferDialogToGroup(..)}.
 */
public abstract class OperatorsContract extends ContractBase {

  @Test
  @DisplayName("lists operators with their profile and the dialogs they hold open")
  void listOperators_seeded_listsProfilesAndOpenedDialogs() {
    long olga = olga();
    long ivan = seed().addOperator("Ivan");
    chat2desk().sendMessage(SendMessage.of(anna(), "hi").withOperatorId(olga));

    Page<Operator> page = list(ListOperators.of());

    assertThat(page.total()).hasValue(2);
    assertThat(page.items())
        .extracting(
            Operator::id,
            Operator::email,
            Operator::phone,
            Operator::role,
            Operator::online,
            Operator::openedDialogs,
            Operator::firstName,
            Operator::lastName)
        .containsExactly(
            tuple(
                olga,
                "olga@example.com",
                "79000000001",
                OperatorRole.ADMIN,
                true,
                1,
                "Olga",
                "Petrova"),
            tuple(ivan, null, null, OperatorRole.OPERATOR, false, 0, "Ivan", null));
  }

  @Test
  @DisplayName("filters operators by phone, e-mail, online, status and role")
  void listOperators_filtered_onlyMatching() {
    long olga = olga();
    long ivan = seed().addOperator("Ivan");
    long maria =
        whenSupported(
            () ->
                seed()
                    .addOperator(
                        OperatorProfile.named("Maria")
                            .withRole(OperatorRole.SUPERVISOR)
                            .withStatus("disabled")));

    assertThat(ids(ListOperators.of().withPhone("+7 900 000-00-01"))).containsExactly(olga);
    assertThat(ids(ListOperators.of().withEmail("olga@example.com"))).containsExactly(olga);
    assertThat(ids(ListOperators.of().withOnline(false))).containsExactly(ivan, maria);
    assertThat(ids(ListOperators.of().withStatus("disabled"))).containsExactly(maria);
    assertThat(ids(ListOperators.of().withRole(OperatorRole.SUPERVISOR))).containsExactly(maria);
    assertThat(ids(ListOperators.of().withRole(OperatorRole.ADMIN).withOnline(false))).isEmpty();
  }

  @Test
  @DisplayName("pages through many operators, each exactly once")
  void listOperators_many_pagesEachOnce() {
    for (int i = 0; i < 25; i++) {
      seed().addOperator("Operator " + i);
    }

    Page<Operator> last = list(ListOperators.of().withOffset(20).withLimit(10));
    List<Operator> all = chat2desk().operators().all().toList();

    assertThat(last.items()).hasSize(5);
    assertThat(last.total()).hasValue(25);
    assertThat(all).hasSize(25).extracting(Operator::id).doesNotHaveDuplicates().isSorted();
  }

  @Test
  @DisplayName("rejects an out-of-range page or a blank filter before any call")
  void listOperators_badRequest_throwsIllegalArgument() {
    assertThatThrownBy(() -> ListOperators.of().withLimit(201))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> ListOperators.of().withEmail(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("email");
  }

  @Test
  @DisplayName("reads every operator group with its operators, or none")
  void groups_seeded_listsThemAll() {
    assertThat(whenSupported(() -> chat2desk().operators().groups())).isEmpty();
    long olga = olga();
    long ivan = seed().addOperator("Ivan");
    long support = whenSupported(() -> seed().addOperatorGroup("Support", List.of(olga, ivan)));
    long sales = seed().addOperatorGroup("Sales", List.of(ivan));

    List<OperatorGroup> groups = chat2desk().operators().groups();

    assertThat(groups)
        .containsExactly(
            new OperatorGroup(support, "Support", List.of(olga, ivan)),
            new OperatorGroup(sales, "Sales", List.of(ivan)));
  }

  @Test
  @DisplayName("gives a message's dialog to a group: nobody holds it, no transfer is recorded")
  void transferDialogToGroup_ofAHeldDialog_freesItWithoutATransfer() {
    long olga = olga();
    long group = whenSupported(() -> seed().addOperatorGroup("Support", List.of(olga)));
    SentMessage sent = chat2desk().sendMessage(SendMessage.of(anna(), "hi").withOperatorId(olga));

    whenSupported(() -> transferToGroup(sent.id(), group));

    assertThat(operator(olga).openedDialogs()).isZero();
    assertThat(chat2desk().listTransfers(ListTransfers.of().withDialogId(sent.dialogId())).items())
        .isEmpty();
  }

  @Test
  @DisplayName("reads the dialog given to a group without an operator")
  void transferDialogToGroup_thenGetDialog_hasNoOperator() {
    long olga = olga();
    long group = whenSupported(() -> seed().addOperatorGroup("Support", List.of(olga)));
    SentMessage sent = chat2desk().sendMessage(SendMessage.of(anna(), "hi").withOperatorId(olga));
    whenSupported(() -> transferToGroup(sent.id(), group));

    Long operator = whenSupported(() -> chat2desk().dialogs().get(sent.dialogId()).operatorId());

    assertThat(operator).isNull();
  }

  @Test
  @DisplayName("gives a dialog to the same group twice and leaves the same state")
  void transferDialogToGroup_repeated_leavesTheSameState() {
    long olga = olga();
    long group = whenSupported(() -> seed().addOperatorGroup("Support", List.of(olga)));
    SentMessage sent = chat2desk().sendMessage(SendMessage.of(anna(), "hi").withOperatorId(olga));
    whenSupported(() -> transferToGroup(sent.id(), group));
    List<Operator> before = chat2desk().operators().all().toList();

    chat2desk().messages().transferDialogToGroup(sent.id(), group);

    assertThat(chat2desk().operators().all().toList()).isEqualTo(before);
    assertThat(chat2desk().listTransfers().items()).isEmpty();
  }

  @Test
  @DisplayName("rejects an unknown message or group with NotFoundException and moves nothing")
  void transferDialogToGroup_unknownMessageOrGroup_throwsNotFound() {
    long olga = olga();
    long group = whenSupported(() -> seed().addOperatorGroup("Support", List.of(olga)));
    SentMessage sent = chat2desk().sendMessage(SendMessage.of(anna(), "hi").withOperatorId(olga));
    long boris = seed().createClient("Boris", "79007654321");
    long borisMessage = chat2desk().sendMessage(boris, "hello").id();
    whenSupported(() -> transferToGroup(borisMessage, group));

    assertThatThrownBy(() -> transferToGroup(sent.id() + 1000, group))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("transferMessageDialogToGroup");
    assertThatThrownBy(() -> transferToGroup(sent.id(), group + 1000))
        .isInstanceOf(NotFoundException.class);
    assertThat(operator(olga).openedDialogs()).isEqualTo(1);
  }

  @Test
  @DisplayName("rejects a non-positive message or group id before any call")
  void transferDialogToGroup_badIds_throwIllegalArgument() {
    assertThatThrownBy(() -> TransferMessageDialogToGroup.of(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("messageId");
    assertThatThrownBy(() -> TransferMessageDialogToGroup.of(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("groupId");
  }

  /** Olga Petrova: an online admin with an e-mail and a phone. */
  private long olga() {
    return whenSupported(
        () ->
            seed()
                .addOperator(
                    OperatorProfile.named("Olga Petrova")
                        .withEmail("olga@example.com")
                        .withPhone("79000000001")
                        .withRole(OperatorRole.ADMIN)
                        .withOnline(true)));
  }

  private Page<Operator> list(ListOperators request) {
    return whenSupported(() -> chat2desk().operators().list(request));
  }

  private List<Long> ids(ListOperators request) {
    return list(request).items().stream().map(Operator::id).toList();
  }

  private Operator operator(long id) {
    return chat2desk().operators().all().filter(o -> o.id() == id).findFirst().orElseThrow();
  }

  private Void transferToGroup(long messageId, long groupId) {
    chat2desk().messages().transferDialogToGroup(messageId, groupId);
    return null;
  }
}
