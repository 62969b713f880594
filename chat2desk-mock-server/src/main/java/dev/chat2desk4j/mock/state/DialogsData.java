package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.ListClientDialogs;
import dev.chat2desk4j.api.ListDialogs;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.ListUnansweredDialogs;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transfer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The dialogs of one account and the record of their transfers between operators. A client's
 * messages join its newest open dialog; when it has none, a message opens a new dialog, so a closed
 * dialog keeps its history. Not thread-safe: {@link MockAccount} guards every use.
 */
final class DialogsData {

  private final PagedList<DialogEntry> dialogs = new PagedList<>();
  private final PagedList<Transfer> transfers = new PagedList<>();
  private final Map<Long, List<Long>> idsByClient = new HashMap<>();
  private long lastRequestId;

  /**
   * The dialog a new message of the client joins: its newest open one, given the message's operator
   * when it has none, or else a new one held by that operator.
   *
   * @param operatorId the operator of the message, or null
   */
  DialogEntry forMessage(long clientId, Long operatorId, Instant at) {
    Optional<DialogEntry> open = openOf(clientId);
    if (open.isEmpty()) {
      DialogEntry dialog =
          DialogEntry.opened(dialogs.size() + 1L, clientId, operatorId, ++lastRequestId, at);
      dialogs.add(dialog);
      idsByClient.computeIfAbsent(clientId, id -> new ArrayList<>()).add(dialog.id());
      return dialog;
    }
    DialogEntry dialog = open.get();
    if (dialog.operatorId() == null && operatorId != null) {
      dialog = dialog.withOperatorId(operatorId);
      replace(dialog);
    }
    return dialog;
  }

  /** The client's newest open dialog, if it has one. */
  Optional<DialogEntry> openOf(long clientId) {
    List<Long> ids = idsByClient.getOrDefault(clientId, List.of());
    for (int i = ids.size() - 1; i >= 0; i--) {
      DialogEntry dialog = dialogs.get(ids.get(i).intValue() - 1);
      if (dialog.isOpen()) {
        return Optional.of(dialog);
      }
    }
    return Optional.empty();
  }

  /** The client's newest dialog, open or closed, if it has one. */
  Optional<DialogEntry> latestOf(long clientId) {
    List<Long> ids = idsByClient.getOrDefault(clientId, List.of());
    return ids.isEmpty() ? Optional.empty() : find(ids.get(ids.size() - 1));
  }

  /** Counts a stored message into its dialog. */
  void join(Message message) {
    replace(get(message.dialogId(), "dialog_id").joined(message));
  }

  /**
   * The dialog with this id.
   *
   * @param field the request field that named it, or null when the path named it
   * @throws RecordNotFoundException when the account has none
   */
  DialogEntry get(long id, String field) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(field, id));
  }

  Optional<DialogEntry> find(long id) {
    return PagedList.find(dialogs, id);
  }

  /**
   * Gives a dialog to an operator and records the transfer; giving it to the operator who holds it
   * changes nothing and records none.
   *
   * @return the transfer, or empty when the operator already held the dialog
   */
  Optional<Transfer> reassign(long dialogId, long toOperatorId, Instant at) {
    DialogEntry dialog = get(dialogId, null);
    if (dialog.operatorId() != null && dialog.operatorId() == toOperatorId) {
      return Optional.empty();
    }
    replace(dialog.withOperatorId(toOperatorId));
    Transfer transfer =
        new Transfer(
            transfers.size() + 1L,
            dialogId,
            dialog.clientId(),
            dialog.operatorId(),
            toOperatorId,
            at);
    transfers.add(transfer);
    return Optional.of(transfer);
  }

  /** Takes a dialog from its operator without a transfer record, as a transfer to a group does. */
  void release(long dialogId) {
    DialogEntry dialog = get(dialogId, "dialog_id");
    if (dialog.operatorId() != null) {
      replace(dialog.withOperatorId(null));
    }
  }

  /** The id of the newest request (conversation), 0 before the first. */
  long lastRequestId() {
    return lastRequestId;
  }

  /** Whether a request (conversation) with this id has been opened. */
  boolean hasRequest(long requestId) {
    return requestId >= 1 && requestId <= lastRequestId;
  }

  /**
   * Checks that a dialog may be put into a state before anything changes.
   *
   * @throws StateConflictException when the dialog already has it
   */
  void checkStateChange(DialogEntry dialog, DialogState state) {
    if (dialog.state() == state) {
      throw new StateConflictException("Dialog", dialog.id(), state.wireValue());
    }
  }

  /** Closes a dialog, or reopens it as a new request; see {@link #checkStateChange}. */
  void changeState(long dialogId, DialogState state, Instant at) {
    DialogEntry dialog = get(dialogId, null);
    checkStateChange(dialog, state);
    replace(state == DialogState.OPEN ? dialog.reopened(++lastRequestId) : dialog.closed(at));
  }

  /** One page of dialogs in the request's order (ascending by default), narrowed by its filters. */
  Page<DialogEntry> page(ListDialogs request) {
    Predicate<DialogEntry> filter =
        dialog ->
            (request.operatorId() == null || request.operatorId().equals(dialog.operatorId()))
                && (request.state() == null || request.state() == dialog.state());
    return slice(dialogs.snapshot(), filter, request.order(), request.limit(), request.offset());
  }

  /** One page of a client's dialogs, oldest first. */
  Page<DialogEntry> ofClient(ListClientDialogs request) {
    List<DialogEntry> own =
        idsByClient.getOrDefault(request.clientId(), List.of()).stream()
            .map(id -> dialogs.get(id.intValue() - 1))
            .toList();
    return PagedList.slice(own, request.limit(), request.offset());
  }

  /**
   * One page of the open dialogs whose client waits for an answer (ours: the latest message the
   * client could see or wrote is the client's), oldest first.
   */
  Page<DialogEntry> unanswered(ListUnansweredDialogs request) {
    return slice(
        dialogs.snapshot(),
        dialog -> dialog.isOpen() && dialog.awaitingAnswer(),
        SortOrder.ASC,
        request.limit(),
        request.offset());
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

  /** A dialog as the API answers it, with its latest message as it is now. */
  static Dialog view(DialogEntry dialog, MessagesData messages) {
    Message last =
        dialog.lastMessageId() == null ? null : messages.get(dialog.lastMessageId(), null);
    return dialog.view(last);
  }

  List<DialogEntry> snapshot() {
    return dialogs.snapshot();
  }

  List<Transfer> transfersSnapshot() {
    return transfers.snapshot();
  }

  private void replace(DialogEntry dialog) {
    dialogs.set((int) dialog.id() - 1, dialog);
  }

  private static Page<DialogEntry> slice(
      List<DialogEntry> all,
      Predicate<DialogEntry> filter,
      SortOrder order,
      int limit,
      int offset) {
    List<DialogEntry> matching = new ArrayList<>(all.stream().filter(filter).toList());
    if (order == SortOrder.DESC) {
      Collections.reverse(matching);
    }
    return PagedList.slice(matching, limit, offset);
  }
}
