package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.WebhookEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * Turns an account's changes into {@link AccountEvent}s with stable ids and hands them to the
 * state's listeners. Called by {@link MockAccount} under its lock, after a change succeeded.
 */
final class AccountEvents {

  private final MockAccount account;
  private final AccountEventListener sink;
  private long sequence;

  AccountEvents(MockAccount account, AccountEventListener sink) {
    this.account = account;
    this.sink = sink;
  }

  /** A client's message came in. */
  void inbox(Message message, Dialog dialog, boolean newClient, boolean newRequest, Instant at) {
    emit(WebhookEvent.INBOX, message, dialog, null, null, newClient, newRequest, at);
  }

  /** A message went out to a client. */
  void outbox(Message message, Dialog dialog, Instant at) {
    emit(WebhookEvent.OUTBOX, message, dialog, null, null, false, false, at);
  }

  /** An outgoing message's delivery status changed. */
  void status(Message message, Dialog dialog, String status, Instant at) {
    emit(WebhookEvent.OUTBOX_STATUS, message, dialog, null, status, false, false, at);
  }

  /** A dialog changed: a new operator is a transfer, a close is a close. */
  void dialogChanged(Dialog before, Dialog after, Instant at) {
    if (after.operatorId() != null && !Objects.equals(before.operatorId(), after.operatorId())) {
      emit(
          WebhookEvent.DIALOG_TRANSFERRED,
          null,
          after,
          before.operatorId(),
          null,
          false,
          false,
          at);
    }
    if (before.state() != DialogState.CLOSED && after.state() == DialogState.CLOSED) {
      emit(WebhookEvent.CLOSE_DIALOG, null, after, null, null, false, false, at);
    }
  }

  private void emit(
      WebhookEvent type,
      Message message,
      Dialog dialog,
      Long fromOperatorId,
      String status,
      boolean newClient,
      boolean newRequest,
      Instant at) {
    if (sink == null) {
      return;
    }
    // The label's number keeps ids unique across the state's accounts and stable across resets.
    String id = "evt-" + account.label().replaceAll("\\D", "") + "-" + ++sequence;
    Long clientId = message != null ? Long.valueOf(message.clientId()) : dialog.clientId();
    sink.on(
        account,
        new AccountEvent(
            id,
            type,
            at,
            clientId == null ? null : account.client(clientId).orElse(null),
            message,
            dialog,
            fromOperatorId,
            status,
            newClient,
            newRequest));
  }
}
