package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transfer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The dialogs of one account and the record of their transfers between operators. Each client has
 * at most one dialog; a message to a closed one reopens it as a new request. Not thread-safe:
 * {@link MockAccount} guards every use.
 */
final class DialogsData {

  private final PagedList<MockDialog> dialogs = new PagedList<>();
  private final PagedList<Transfer> transfers = new PagedList<>();
  private final Map<Long, Long> dialogIdByClient = new HashMap<>();
  private long lastRequestId;

  /**
   * The client's dialog, opened or reopened for a new message, with the operator assigned when it
   * has none.
   *
   * @param operatorId the operator of the message, or null
   */
  MockDialog open(long clientId, Long operatorId, Instant now) {
    Long id = dialogIdByClient.get(clientId);
    if (id == null) {
      MockDialog dialog =
          new MockDialog(
              dialogs.size() + 1L,
              clientId,
              operatorId,
              MockDialog.State.OPEN,
              ++lastRequestId,
              now);
      dialogs.add(dialog);
      dialogIdByClient.put(clientId, dialog.id());
      return dialog;
    }
    MockDialog dialog = dialogs.get(id.intValue() - 1);
    if (dialog.state() == MockDialog.State.CLOSED) {
      dialog = dialog.withState(MockDialog.State.OPEN, ++lastRequestId);
    }
    if (dialog.operatorId() == null && operatorId != null) {
      dialog = dialog.withOperatorId(operatorId);
    }
    replace(dialog);
    return dialog;
  }

  /**
   * The dialog with this id.
   *
   * @param field the request field that named it, or null when the path named it
   * @throws RecordNotFoundException when the account has none
   */
  MockDialog get(long id, String field) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(field, id));
  }

  Optional<MockDialog> find(long id) {
    return PagedList.find(dialogs, id);
  }

  /** Moves a dialog to an operator and appends a transfer record. */
  Transfer transfer(MockDialog dialog, long toOperatorId, Instant now) {
    replace(dialog.withOperatorId(toOperatorId));
    Transfer transfer =
        new Transfer(
            transfers.size() + 1L,
            dialog.id(),
            dialog.clientId(),
            dialog.operatorId(),
            toOperatorId,
            now);
    transfers.add(transfer);
    return transfer;
  }

  /** Opens or closes a dialog; reopening starts a new request. */
  MockDialog changeState(MockDialog dialog, MockDialog.State state) {
    long requestId = state == MockDialog.State.OPEN ? ++lastRequestId : dialog.requestId();
    MockDialog changed = dialog.withState(state, requestId);
    replace(changed);
    return changed;
  }

  /** One page of dialogs in id order, optionally of one operator or in one state. */
  Page<MockDialog> page(int limit, int offset, Long operatorId, MockDialog.State state) {
    List<MockDialog> matching =
        dialogs.snapshot().stream()
            .filter(dialog -> operatorId == null || operatorId.equals(dialog.operatorId()))
            .filter(dialog -> state == null || state == dialog.state())
            .toList();
    return PagedList.slice(matching, limit, offset);
  }

  /** One page of transfers in id order, optionally of one dialog or operator. */
  Page<Transfer> transfers(ListTransfers request) {
    if (request.dialogId() == null && request.operatorId() == null) {
      return transfers.page(request.offset(), request.limit(), SortOrder.ASC);
    }
    Predicate<Transfer> filter =
        transfer ->
            (request.dialogId() == null || transfer.dialogId() == request.dialogId())
                && (request.operatorId() == null
                    || transfer.toOperatorId() == request.operatorId()
                    || request.operatorId().equals(transfer.fromOperatorId()));
    return PagedList.slice(
        transfers.snapshot().stream().filter(filter).toList(), request.limit(), request.offset());
  }

  List<MockDialog> snapshot() {
    return dialogs.snapshot();
  }

  List<Transfer> transfersSnapshot() {
    return transfers.snapshot();
  }

  private void replace(MockDialog dialog) {
    dialogs.set((int) dialog.id() - 1, dialog);
  }
}
