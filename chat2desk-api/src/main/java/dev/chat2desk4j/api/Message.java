package dev.chat2desk4j.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of a client's history, in either direction.
 *
 * @param id the message's id
 * @param clientId the client the message belongs to
 * @param text the text, or null for a message that only carries an attachment
 * @param type the kind of message; {@link MessageType#UNKNOWN} for a kind not known here
 * @param transport the messenger; {@link Transport#UNKNOWN} for one not known here
 * @param read whether an operator (or, for outgoing messages, the client) has read it
 * @param createdAt when the server stored it, or null if the server did not say
 * @param operatorId the operator who sent it, or null
 * @param channelId the channel it went through, or null
 * @param dialogId the dialog it belongs to, or null
 * @param requestId the request (conversation) it belongs to, or null
 */
public record Message(
    long id,
    long clientId,
    String text,
    MessageType type,
    Transport transport,
    boolean read,
    Instant createdAt,
    Long operatorId,
    Long channelId,
    Long dialogId,
    Long requestId) {

  /** Replaces null enums with their {@code UNKNOWN} value. */
  public Message {
    type = Objects.requireNonNullElse(type, MessageType.UNKNOWN);
    transport = Objects.requireNonNullElse(transport, Transport.UNKNOWN);
  }

  /** Whether the client wrote this message, as opposed to the account's side. */
  public boolean isIncoming() {
    return type == MessageType.FROM_CLIENT;
  }
}
