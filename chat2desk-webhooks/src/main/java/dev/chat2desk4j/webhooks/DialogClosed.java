package dev.chat2desk4j.webhooks;

import java.time.Instant;

/**
 * A dialog was closed ({@code hook_type} {@code close_dialog}).
 *
 * @param eventId see {@link Chat2DeskEvent#eventId()}
 * @param dialogId the dialog
 * @param clientId the dialog's client, or null
 * @param operatorId the dialog's operator, or null
 * @param requestId the request the closing ended, or null
 * @param eventTime when it happened, or null if not given
 */
public record DialogClosed(
    String eventId,
    long dialogId,
    Long clientId,
    Long operatorId,
    Long requestId,
    Instant eventTime)
    implements Chat2DeskEvent {

  /** The wire name of this event. */
  public static final String HOOK_TYPE = "close_dialog";

  @Override
  public String hookType() {
    return HOOK_TYPE;
  }
}
