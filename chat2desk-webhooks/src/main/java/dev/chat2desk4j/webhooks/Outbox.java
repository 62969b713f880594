package dev.chat2desk4j.webhooks;

import dev.chat2desk4j.api.Transport;
import java.time.Instant;
import java.util.List;

/**
 * A message went out to a client ({@code hook_type} {@code outbox}), from an operator, a bot or an
 * automation; the payload has the {@link Inbox} shape.
 *
 * @param eventId see {@link Chat2DeskEvent#eventId()}
 * @param messageId the message's id
 * @param text the message's text, or null for media only
 * @param transport the messenger; {@link Transport#UNKNOWN} for one not known here
 * @param clientId the client written to
 * @param operatorId the operator who sent it, or null
 * @param dialogId the dialog, or null
 * @param channelId the channel, or null
 * @param requestId the request (conversation), or null
 * @param attachments the files, however the payload gave them
 * @param client the client as the payload describes it, or null
 * @param eventTime when it happened, or null if not given
 */
public record Outbox(
    String eventId,
    long messageId,
    String text,
    Transport transport,
    long clientId,
    Long operatorId,
    Long dialogId,
    Long channelId,
    Long requestId,
    List<EventAttachment> attachments,
    EventClient client,
    Instant eventTime)
    implements Chat2DeskEvent {

  /** The wire name of this event. */
  public static final String HOOK_TYPE = "outbox";

  /** Copies the attachments. */
  public Outbox {
    attachments = List.copyOf(attachments);
  }

  @Override
  public String hookType() {
    return HOOK_TYPE;
  }
}
