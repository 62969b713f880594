package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.ConflictException;
import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.ListDialogs;
import dev.chat2desk4j.api.ListUnansweredDialogs;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.UpdateDialog;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the dialog operations do: {@code dialogs().list}, {@code get}, {@code unanswered} and {@code
 * update} (reassign, close, reopen).
 */
public abstract class DialogsContract extends ContractBase {

  @Test
  @DisplayName("reads a dialog with its client, operator, latest message and message count")
  void getDialog_afterTwoMessages_answersItWithTheLatest() {
    long olga = seed().addOperator("Olga");
    long anna = anna();
    seed().receiveMessage(anna, "Hello?");
    SentMessage reply =
        chat2desk().sendMessage(SendMessage.of(anna, "Hi Anna").withOperatorId(olga));

    Dialog dialog = get(reply.dialogId());

    assertThat(dialog.id()).isEqualTo(reply.dialogId());
    assertThat(dialog.state()).isEqualTo(DialogState.OPEN);
    assertThat(dialog.clientId()).isEqualTo(anna);
    assertThat(dialog.operatorId()).isEqualTo(olga);
    assertThat(dialog.begin()).isNotNull();
    assertThat(dialog.end()).isNull();
    assertThat(dialog.messageCount()).isEqualTo(2);
    assertThat(dialog.lastMessage().id()).isEqualTo(reply.id());
    assertThat(dialog.lastMessage().text()).isEqualTo("Hi Anna");
  }

  @Test
  @DisplayName("rejects an unknown dialog id, and another account's dialog, with NotFoundException")
  void getDialog_unknownOrOtherAccounts_throwsNotFound() {
    long dialog = chat2desk().sendMessage(anna(), "hi").dialogId();
    get(dialog);

    assertThatThrownBy(() -> chat2desk().dialogs().get(dialog + 1000))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("getDialog");
    assertThatThrownBy(
            () -> chat2desk().withToken(environment().otherToken()).dialogs().get(dialog))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("lists dialogs by state and operator, in either order")
  void listDialogs_filtersAndOrder_answerTheMatchingDialogs() {
    long olga = seed().addOperator("Olga");
    long annas =
        chat2desk().sendMessage(SendMessage.of(anna(), "a").withOperatorId(olga)).dialogId();
    long boris = seed().createClient("Boris", "79007654321");
    long boriss = chat2desk().sendMessage(boris, "b").dialogId();
    update(UpdateDialog.of(boriss).withState(DialogState.CLOSED));

    Page<Dialog> all = list(ListDialogs.of());
    Page<Dialog> newestFirst = list(ListDialogs.of().withOrder(SortOrder.DESC));
    Page<Dialog> closed = list(ListDialogs.of().withState(DialogState.CLOSED));
    Page<Dialog> olgas = list(ListDialogs.of().withOperatorId(olga));

    assertThat(all.total()).hasValue(2);
    assertThat(all.items()).extracting(Dialog::id).containsExactly(annas, boriss);
    assertThat(newestFirst.items()).extracting(Dialog::id).containsExactly(boriss, annas);
    assertThat(closed.items()).extracting(Dialog::id).containsExactly(boriss);
    assertThat(olgas.items()).extracting(Dialog::id).containsExactly(annas);
  }

  @Test
  @DisplayName("pages through many dialogs, each exactly once")
  void allDialogs_manyDialogs_streamsEachOnce() {
    long anna = anna();
    for (int i = 0; i < 25; i++) {
      long dialog = chat2desk().sendMessage(anna, "m" + i).dialogId();
      update(UpdateDialog.of(dialog).withState(DialogState.CLOSED));
    }

    List<Dialog> all = whenSupported(() -> chat2desk().dialogs().all().toList());
    Page<Dialog> second = list(ListDialogs.of().withLimit(10).withOffset(10));

    assertThat(all).hasSize(25).extracting(Dialog::id).doesNotHaveDuplicates().isSorted();
    assertThat(second.items())
        .extracting(Dialog::id)
        .containsExactlyElementsOf(all.subList(10, 20).stream().map(Dialog::id).toList());
    assertThat(second.total()).hasValue(25);
  }

  @Test
  @DisplayName("lists as unanswered the open dialogs whose client wrote last, until answered")
  void unanswered_clientWroteLast_isListedUntilAnswered() {
    long anna = anna();
    long boris = seed().createClient("Boris", "79007654321");
    seed().receiveMessage(anna, "Where is my order?");
    seed().receiveMessage(boris, "Hello?");
    chat2desk().sendMessage(boris, "Hi Boris");
    chat2desk().sendMessage(SendMessage.of(anna, "VIP").withType(MessageType.COMMENT));

    Page<Dialog> waiting = whenSupported(() -> chat2desk().dialogs().unanswered());

    assertThat(waiting.items()).extracting(Dialog::clientId).containsExactly(anna);
    chat2desk().sendMessage(anna, "It ships tomorrow");
    assertThat(chat2desk().dialogs().unanswered(ListUnansweredDialogs.of()).items()).isEmpty();
  }

  @Test
  @DisplayName("pages through the unanswered dialogs, oldest first")
  void unanswered_threeWaiting_pagedOldestFirst() {
    long anna = anna();
    long boris = seed().createClient("Boris", "79007654321");
    long chen = seed().createClient("Chen", "79005551234");
    seed().receiveMessage(anna, "a");
    seed().receiveMessage(boris, "b");
    seed().receiveMessage(chen, "c");

    Page<Dialog> page =
        whenSupported(
            () ->
                chat2desk()
                    .dialogs()
                    .unanswered(ListUnansweredDialogs.of().withOffset(1).withLimit(1)));

    assertThat(page.items()).extracting(Dialog::clientId).containsExactly(boris);
    assertThat(page.total()).hasValue(3);
    assertThat(page.hasNext()).isTrue();
  }

  @Test
  @DisplayName(
      "reassigns a dialog, recording one transfer; the same operator again changes nothing")
  void reassign_newThenSameOperator_movesOnceAndRecordsOneTransfer() {
    long olga = seed().addOperator("Olga");
    long pavel = seed().addOperator("Pavel");
    long dialog =
        chat2desk().sendMessage(SendMessage.of(anna(), "hi").withOperatorId(olga)).dialogId();

    Dialog moved = whenSupported(() -> chat2desk().dialogs().reassign(dialog, pavel));
    Dialog again = chat2desk().dialogs().reassign(dialog, pavel);

    assertThat(moved.operatorId()).isEqualTo(pavel);
    assertThat(again).isEqualTo(moved);
    assertThat(get(dialog)).isEqualTo(moved);
    assertThat(chat2desk().listTransfers().items())
        .singleElement()
        .satisfies(
            transfer -> {
              assertThat(transfer.fromOperatorId()).isEqualTo(olga);
              assertThat(transfer.toOperatorId()).isEqualTo(pavel);
            });
  }

  @Test
  @DisplayName(
      "closes a dialog with its end; closing it again is a ConflictException, changing nothing")
  void close_twice_closesOnceThenConflicts() {
    long dialog = chat2desk().sendMessage(anna(), "hi").dialogId();

    Dialog closed = whenSupported(() -> chat2desk().dialogs().close(dialog));

    assertThat(closed.state()).isEqualTo(DialogState.CLOSED);
    assertThat(closed.isOpen()).isFalse();
    assertThat(closed.end()).isNotNull();
    assertThatThrownBy(() -> chat2desk().dialogs().close(dialog))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("updateDialog");
    assertThat(get(dialog)).isEqualTo(closed);
  }

  @Test
  @DisplayName(
      "a message after the dialog closed opens a new dialog; the closed one keeps its history")
  void send_afterClose_opensANewDialog() {
    long anna = anna();
    long first = chat2desk().sendMessage(anna, "one").dialogId();
    update(UpdateDialog.of(first).withState(DialogState.CLOSED));

    long second = chat2desk().sendMessage(anna, "two").dialogId();

    assertThat(second).isNotEqualTo(first);
    assertThat(get(first).messageCount()).isEqualTo(1);
    assertThat(get(first).state()).isEqualTo(DialogState.CLOSED);
    assertThat(get(second).isOpen()).isTrue();
  }

  @Test
  @DisplayName("reopens a closed dialog; reopening an open one is a ConflictException")
  void reopen_closedThenOpen_opensThenConflicts() {
    long dialog = chat2desk().sendMessage(anna(), "hi").dialogId();
    update(UpdateDialog.of(dialog).withState(DialogState.CLOSED));

    Dialog reopened = update(UpdateDialog.of(dialog).withState(DialogState.OPEN));

    assertThat(reopened.isOpen()).isTrue();
    assertThat(reopened.end()).isNull();
    assertThatThrownBy(
            () -> chat2desk().dialogs().update(UpdateDialog.of(dialog).withState(DialogState.OPEN)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  @DisplayName("rejects an unknown dialog or operator with NotFoundException and changes nothing")
  void update_unknownDialogOrOperator_throwsNotFound() {
    long olga = seed().addOperator("Olga");
    long dialog =
        chat2desk().sendMessage(SendMessage.of(anna(), "hi").withOperatorId(olga)).dialogId();
    get(dialog);

    assertThatThrownBy(() -> chat2desk().dialogs().reassign(dialog + 1000, olga))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> chat2desk().dialogs().reassign(dialog, olga + 1000))
        .isInstanceOf(NotFoundException.class);
    assertThat(get(dialog).operatorId()).isEqualTo(olga);
    assertThat(chat2desk().listTransfers().items()).isEmpty();
  }

  @Test
  @DisplayName("refuses bad requests before any call: ids, paging and the unknown state")
  void requests_badValues_throwIllegalArgumentBeforeAnyCall() {
    assertThatThrownBy(() -> UpdateDialog.of(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UpdateDialog.of(1).withState(DialogState.UNKNOWN))
        .hasMessageContaining("state");
    assertThatThrownBy(() -> ListDialogs.of().withLimit(201)).hasMessageContaining("limit");
    assertThatThrownBy(() -> chat2desk().dialogs().get(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Dialog get(long id) {
    return whenSupported(() -> chat2desk().dialogs().get(id));
  }

  private Page<Dialog> list(ListDialogs request) {
    return whenSupported(() -> chat2desk().dialogs().list(request));
  }

  private Dialog update(UpdateDialog request) {
    return whenSupported(() -> chat2desk().dialogs().update(request));
  }
}
