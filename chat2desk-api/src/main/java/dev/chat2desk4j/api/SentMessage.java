package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * What the API answers when it accepts a message for sending.
 *
 * @param id the id of the stored message
 * @param clientId the recipient
 * @param type the kind of message stored
 * @param transport the messenger it goes through
 * @param channelId the channel it goes through, or null
 * @param operatorId the operator it was sent as, or null
 * @param dialogId the dialog it joined, or null
 * @param requestId the request (conversation) it joined, or null
 */
public record SentMessage(
    long id,
    long clientId,
    MessageType type,
    Transport transport,
    Long channelId,
    Long operatorId,
    Long dialogId,
    Long requestId) {

  /** Replaces null enums with their {@code UNKNOWN} value. */
  public SentMessage {
    type = Objects.requireNonNullElse(type, MessageType.UNKNOWN);
    transport = Objects.requireNonNullElse(transport, Transport.UNKNOWN);
  }
}
