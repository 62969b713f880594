package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Transfer;
import dev.chat2desk4j.api.UpdateDialog;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What {@code listTransfers} answers after dialogs moved between operators, by the seeder, {@code
 * dialogs().update} or {@code messages().transferDialog}.
 */
public abstract class TransfersContract extends ContractBase {

  @Test
  @DisplayName("records each dialog transfer with its operators")
  void listTransfers_afterTwoTransfers_listsBothOldestFirst() {
    long client = anna();
    long olga = seed().addOperator("Olga");
    long pavel = seed().addOperator("Pavel");
    seed().receiveMessage(client, "hello?");
    long dialog = seed().transferDialog(client, olga);
    seed().transferDialog(client, pavel);

    Page<Transfer> page = chat2desk().listTransfers();

    assertThat(page.total()).hasValue(2);
    assertThat(page.items()).extracting(Transfer::toOperatorId).containsExactly(olga, pavel);
    Transfer second = page.items().get(1);
    assertThat(second.fromOperatorId()).isEqualTo(olga);
    assertThat(second.dialogId()).isEqualTo(dialog);
    assertThat(second.clientId()).isEqualTo(client);
  }

  @Test
  @DisplayName("filters by dialog and by operator")
  void listTransfers_filtered_onlyMatching() {
    long anna = anna();
    long boris = seed().createClient("Boris", "79007654321");
    long olga = seed().addOperator("Olga");
    long pavel = seed().addOperator("Pavel");
    seed().receiveMessage(anna, "a");
    seed().receiveMessage(boris, "b");
    long annasDialog = seed().transferDialog(anna, olga);
    seed().transferDialog(boris, pavel);

    Page<Transfer> byDialog =
        chat2desk().listTransfers(ListTransfers.of().withDialogId(annasDialog));
    Page<Transfer> byOperator = chat2desk().listTransfers(ListTransfers.of().withOperatorId(pavel));

    assertThat(byDialog.items()).extracting(Transfer::clientId).containsExactly(anna);
    assertThat(byOperator.items()).extracting(Transfer::clientId).containsExactly(boris);
  }

  @Test
  @DisplayName("records the transfer of a dialog an operator's send opened, and no other dialog's")
  void listTransfers_afterTransferOfASentDialog_listsTheRecord() {
    long client = anna();
    long olga = seed().addOperator("Olga");
    long petr = seed().addOperator("Petr");
    SentMessage sent = chat2desk().sendMessage(SendMessage.of(client, "hi").withOperatorId(olga));
    long dialog = seed().transferDialog(client, petr);

    Page<Transfer> page = chat2desk().listTransfers(ListTransfers.of().withDialogId(dialog));

    assertThat(dialog).isEqualTo(sent.dialogId());
    assertThat(page.items())
        .extracting(
            Transfer::dialogId,
            Transfer::clientId,
            Transfer::fromOperatorId,
            Transfer::toOperatorId)
        .containsExactly(tuple(dialog, client, olga, petr));
    assertThat(chat2desk().listTransfers(ListTransfers.of().withDialogId(dialog + 999)).items())
        .isEmpty();
  }

  @Test
  @DisplayName("answers an empty page when nothing was transferred")
  void listTransfers_none_isEmpty() {
    Page<Transfer> page = chat2desk().listTransfers();

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).hasValue(0);
  }

  @Test
  @DisplayName("records every reassignment that changes the operator, and only those")
  void listTransfers_afterReassignments_listsOnlyTheChanges() {
    long olga = seed().addOperator("Olga");
    long pavel = seed().addOperator("Pavel");
    SentMessage sent = chat2desk().sendMessage(SendMessage.of(anna(), "hi").withOperatorId(olga));

    whenSupported(() -> chat2desk().dialogs().reassign(sent.dialogId(), pavel));
    chat2desk().dialogs().reassign(sent.dialogId(), pavel);
    chat2desk().messages().transferDialog(sent.id(), olga);
    chat2desk().dialogs().update(UpdateDialog.of(sent.dialogId()).withOperatorId(olga));

    assertThat(chat2desk().listTransfers().items())
        .extracting(Transfer::fromOperatorId, Transfer::toOperatorId)
        .containsExactly(tuple(olga, pavel), tuple(pavel, olga));
  }

  @Test
  @DisplayName("pages through many transfers, each exactly once, oldest first")
  void allTransfers_manyTransfers_streamsEachOnce() {
    long olga = seed().addOperator("Olga");
    long pavel = seed().addOperator("Pavel");
    long client = anna();
    seed().receiveMessage(client, "hello?");
    for (int i = 0; i < 30; i++) {
      seed().transferDialog(client, i % 2 == 0 ? olga : pavel);
    }

    List<Transfer> all = chat2desk().allTransfers(ListTransfers.of()).toList();
    Page<Transfer> page =
        chat2desk().listTransfers(ListTransfers.of().withOffset(25).withLimit(10));

    assertThat(all).hasSize(30).extracting(Transfer::id).isSorted().doesNotHaveDuplicates();
    assertThat(page.items())
        .extracting(Transfer::id)
        .containsExactlyElementsOf(all.subList(25, 30).stream().map(Transfer::id).toList());
    assertThat(page.total()).hasValue(30);
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  @DisplayName("refuses bad filters before any call")
  void listTransfers_badFilter_throwsIllegalArgumentBeforeAnyCall() {
    assertThatThrownBy(() -> ListTransfers.of().withDialogId(0)).hasMessageContaining("dialogId");
    assertThatThrownBy(() -> ListTransfers.of().withOffset(-1)).hasMessageContaining("offset");
  }
}
