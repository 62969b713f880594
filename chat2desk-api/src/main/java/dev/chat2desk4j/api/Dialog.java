package dev.chat2desk4j.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A dialog: one stretch of conversation between a client and the account, held by at most one
 * operator at a time, from its first message until it is closed.
 *
 * @param id the dialog's id
 * @param state whether it is going on; {@link DialogState#UNKNOWN} for a state not known here
 * @param begin when it opened, or null if the server did not say
 * @param end when it closed, or null while it is open
 * @param operatorId the operator who holds it, or null when nobody does
 * @param clientId the client it is with, or null if the server did not say
 * @param lastMessage the latest message in it, or null if the server did not include it
 * @param lastRequestId the latest request (conversation) in it, or null
 * @param messageCount how many messages it holds (the wire's {@code messages}, a count)
 */
public record Dialog(
    long id,
    DialogState state,
    Instant begin,
    Instant end,
    Long operatorId,
    Long clientId,
    Message lastMessage,
    Long lastRequestId,
    int messageCount) {

  /** Replaces a null state with {@link DialogState#UNKNOWN}. */
  public Dialog {
    state = Objects.requireNonNullElse(state, DialogState.UNKNOWN);
  }

  /** Whether the dialog is going on. */
  public boolean isOpen() {
    return state == DialogState.OPEN;
  }
}
