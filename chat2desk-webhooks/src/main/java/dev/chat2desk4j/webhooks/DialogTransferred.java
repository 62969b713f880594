package dev.chat2desk4j.webhooks;

import java.time.Instant;

/**
 * A dialog moved to another operator ({@code hook_type} {@code dialog_transferred}).
 *
 * @param eventId see {@link Chat2DeskEvent#eventId()}
 * @param dialogId the dialog
 * @param clientId the dialog's client, or null
 * @param operatorId the operator who has the dialog now, or null
 * @param fromOperatorId the operator who had it, or null when not given
 * @param eventTime when it happened, or null if not given
 */
public record DialogTransferred(
    String eventId,
    long dialogId,
    Long clientId,
    Long operatorId,
    Long fromOperatorId,
    Instant eventTime)
    implements Chat2DeskEvent {

  /** The wire name of this event. */
  public static final String HOOK_TYPE = "dialog_transferred";

  @Override
  public String hookType() {
    return HOOK_TYPE;
  }
}
