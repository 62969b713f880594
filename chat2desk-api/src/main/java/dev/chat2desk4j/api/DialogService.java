package dev.chat2desk4j.api;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * The account's dialogs: {@code chat2desk.dialogs().get(id)}, {@code .list(..)}, {@code
 * .unanswered()}, {@code .reassign(id, operatorId)}, {@code .close(id)}. A thin, stateless view
 * over {@link Chat2Desk#execute(Chat2DeskRequest)}: every method makes one request value and
 * executes it.
 */
public final class DialogService {

  private final Chat2Desk chat2desk;

  /**
   * The dialogs of the account that {@code chat2desk} acts as.
   *
   * @param chat2desk the client that executes the requests
   */
  public DialogService(Chat2Desk chat2desk) {
    this.chat2desk = Objects.requireNonNull(chat2desk, "chat2desk");
  }

  /** Lists one page of dialogs. */
  public Page<Dialog> list(ListDialogs request) {
    return chat2desk.execute(request);
  }

  /** Lists the first page of dialogs. */
  public Page<Dialog> list() {
    return list(ListDialogs.of());
  }

  /** Streams every dialog matching the filter, fetching pages lazily. */
  public Stream<Dialog> all(ListDialogs filter) {
    return chat2desk.all(filter);
  }

  /** Streams every dialog of the account, fetching pages lazily. */
  public Stream<Dialog> all() {
    return all(ListDialogs.of());
  }

  /**
   * Reads one dialog.
   *
   * @param id the dialog's id; positive
   * @return the dialog
   * @throws NotFoundException when the account has no dialog with this id
   */
  public Dialog get(long id) {
    return chat2desk.execute(GetDialog.of(id));
  }

  /** Lists one page of the dialogs whose client waits for an answer. */
  public Page<Dialog> unanswered(ListUnansweredDialogs request) {
    return chat2desk.execute(request);
  }

  /** Lists the first page of the dialogs whose client waits for an answer. */
  public Page<Dialog> unanswered() {
    return unanswered(ListUnansweredDialogs.of());
  }

  /**
   * Reassigns, closes or reopens a dialog.
   *
   * @param request the dialog and what changes
   * @return the dialog as it is afterwards
   * @throws ConflictException when the dialog already has the asked state
   */
  public Dialog update(UpdateDialog request) {
    return chat2desk.execute(request);
  }

  /** Gives a dialog to an operator; giving it to its own operator changes nothing. */
  public Dialog reassign(long id, long operatorId) {
    return update(UpdateDialog.of(id).withOperatorId(operatorId));
  }

  /**
   * Closes a dialog.
   *
   * @throws ConflictException when the dialog is already closed
   */
  public Dialog close(long id) {
    return update(UpdateDialog.of(id).withState(DialogState.CLOSED));
  }
}
