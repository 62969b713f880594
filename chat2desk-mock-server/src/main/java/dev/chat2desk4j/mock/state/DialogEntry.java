package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.Message;
import java.time.Instant;

/**
 * A dialog as the account keeps it: the API's dialog fields, with the latest message by id, and
 * whether the client waits for an answer.
 *
 * @param id the dialog's id
 * @param clientId the client
 * @param operatorId the operator who holds it, or null
 * @param state open or closed
 * @param requestId the current request (conversation); reopening starts a new one
 * @param begin when it opened
 * @param end when it closed, or null while open
 * @param messageCount how many messages it holds
 * @param lastMessageId the latest message, or null before the first
 * @param awaitingAnswer whether the latest message the client could see or wrote is the client's
 */
record DialogEntry(
    long id,
    long clientId,
    Long operatorId,
    DialogState state,
    long requestId,
    Instant begin,
    Instant end,
    int messageCount,
    Long lastMessageId,
    boolean awaitingAnswer) {

  static DialogEntry opened(long id, long clientId, Long operatorId, long requestId, Instant at) {
    return new DialogEntry(
        id, clientId, operatorId, DialogState.OPEN, requestId, at, null, 0, null, false);
  }

  boolean isOpen() {
    return state == DialogState.OPEN;
  }

  /** This dialog held by an operator, or by nobody for null. */
  DialogEntry withOperatorId(Long operatorId) {
    return new DialogEntry(
        id,
        clientId,
        operatorId,
        state,
        requestId,
        begin,
        end,
        messageCount,
        lastMessageId,
        awaitingAnswer);
  }

  /** This dialog open again as a new request. */
  DialogEntry reopened(long requestId) {
    return new DialogEntry(
        id,
        clientId,
        operatorId,
        DialogState.OPEN,
        requestId,
        begin,
        null,
        messageCount,
        lastMessageId,
        awaitingAnswer);
  }

  DialogEntry closed(Instant at) {
    return new DialogEntry(
        id,
        clientId,
        operatorId,
        DialogState.CLOSED,
        requestId,
        begin,
        at,
        messageCount,
        lastMessageId,
        awaitingAnswer);
  }

  /**
   * This dialog with one more message. The client's message makes it wait for an answer; a message
   * to the client answers it; comments and system notices, which the client does not see, change
   * neither.
   */
  DialogEntry joined(Message message) {
    boolean awaiting =
        switch (message.type()) {
          case FROM_CLIENT -> true;
          case COMMENT, SYSTEM, UNKNOWN -> awaitingAnswer;
          case TO_CLIENT, AUTOREPLY, TO_GROUP -> false;
        };
    return new DialogEntry(
        id,
        clientId,
        operatorId,
        state,
        requestId,
        begin,
        end,
        messageCount + 1,
        message.id(),
        awaiting);
  }

  /** The dialog as the API answers it. */
  Dialog view(Message lastMessage) {
    return new Dialog(
        id, state, begin, end, operatorId, clientId, lastMessage, requestId, messageCount);
  }
}
