package dev.chat2desk4j.api;

import java.time.Instant;
import java.util.List;
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
 * @param attachments the files it carries, from both the API's top-level {@code photo}, {@code
 *     video}, {@code audio} and {@code pdf} fields and its {@code attachments} array
 * @param remoteId the id the message has outside Chat2Desk ({@code remote_id}), such as the {@code
 *     external_id} an inbound message on an external channel was sent with, or null
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
    Long requestId,
    List<Attachment> attachments,
    String remoteId) {

  /** Replaces null enums with their {@code UNKNOWN} value and copies the attachments. */
  public Message {
    type = Objects.requireNonNullElse(type, MessageType.UNKNOWN);
    transport = Objects.requireNonNullElse(transport, Transport.UNKNOWN);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** Whether the client wrote this message, as opposed to the account's side. */
  public boolean isIncoming() {
    return type == MessageType.FROM_CLIENT;
  }
}
