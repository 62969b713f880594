package dev.chat2desk4j.webhooks;

import java.time.Instant;

/**
 * The delivery state of an outgoing message changed ({@code hook_type} {@code outbox_status}). The
 * real payload's fields are not public: this shape is this project's.
 *
 * @param eventId see {@link Chat2DeskEvent#eventId()}
 * @param messageId the message's id
 * @param status the new state as the payload names it, such as {@code delivered} or {@code read}
 * @param clientId the client, or null
 * @param dialogId the dialog, or null
 * @param channelId the channel, or null
 * @param error what the messenger reported, or null
 * @param eventTime when it happened, or null if not given
 */
public record OutboxStatus(
    String eventId,
    long messageId,
    String status,
    Long clientId,
    Long dialogId,
    Long channelId,
    String error,
    Instant eventTime)
    implements Chat2DeskEvent {

  /** The wire name of this event. */
  public static final String HOOK_TYPE = "outbox_status";

  @Override
  public String hookType() {
    return HOOK_TYPE;
  }
}
