package dev.chat2desk4j.webhooks;

import dev.chat2desk4j.api.Transport;
import java.time.Instant;
import java.util.List;

/**
 * A client's message came in ({@code hook_type} {@code inbox}).
 *
 * @param eventId see {@link Chat2DeskEvent#eventId()}
 * @param messageId the message's id
 * @param text the message's text, or null for media only
 * @param transport the messenger; {@link Transport#UNKNOWN} for one not known here
 * @param clientId the client who wrote
 * @param operatorId the dialog's operator, or null
 * @param dialogId the dialog, or null
 * @param channelId the channel, or null
 * @param requestId the request (conversation), or null
 * @param attachments the files, however the payload gave them
 * @param client the client as the payload describes it, or null
 * @param newClient whether this message made a new client
 * @param newRequest whether this message began a new request
 * @param eventTime when it happened, or null if not given
 */
public record Inbox(
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
    boolean newClient,
    boolean newRequest,
    Instant eventTime)
    implements Chat2DeskEvent {

  /** The wire name of this event. */
  public static final String HOOK_TYPE = "inbox";

  /** Copies the attachments. */
  public Inbox {
    attachments = List.copyOf(attachments);
  }

  @Override
  public String hookType() {
    return HOOK_TYPE;
  }
}
