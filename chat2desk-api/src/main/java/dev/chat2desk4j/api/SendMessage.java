package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A request to send a text message to a client. Make it with {@link #of(long, String)} and the
 * {@code with…} copies; every value is checked when the record is made, before any I/O.
 *
 * @param clientId the recipient; positive
 * @param text the text; not blank, at most {@link ApiLimits#MAX_TEXT_LENGTH} characters
 * @param type the kind of message; sendable ({@link MessageType#isSendable()})
 * @param transport the messenger to use, or null for the client's last one
 * @param channelId the channel to send through, or null for the client's last one
 * @param operatorId the operator to send as, or null
 */
public record SendMessage(
    long clientId,
    String text,
    MessageType type,
    Transport transport,
    Long channelId,
    Long operatorId)
    implements Chat2DeskRequest<SentMessage> {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public SendMessage {
    Checks.positive(clientId, "clientId");
    Checks.text(text, "text");
    Objects.requireNonNull(type, "type");
    if (!type.isSendable()) {
      throw new IllegalArgumentException("type must be a type that can be sent but was " + type);
    }
    if (transport != null) {
      Checks.known(transport, Transport.UNKNOWN, "transport");
    }
    Checks.positiveOrNull(channelId, "channelId");
    Checks.positiveOrNull(operatorId, "operatorId");
  }

  /**
   * A message to the client, sent through the client's last messenger and channel.
   *
   * @param clientId the recipient
   * @param text the text
   * @return the request
   * @throws IllegalArgumentException when the id is not positive or the text is blank or too long
   */
  public static SendMessage of(long clientId, String text) {
    return new SendMessage(clientId, text, MessageType.TO_CLIENT, null, null, null);
  }

  @Override
  public Operation operation() {
    return Operation.SEND_MESSAGE;
  }

  /** This request with another message type, such as {@link MessageType#COMMENT}. */
  public SendMessage withType(MessageType type) {
    return new SendMessage(clientId, text, type, transport, channelId, operatorId);
  }

  /** This request sent through the given messenger. */
  public SendMessage withTransport(Transport transport) {
    Objects.requireNonNull(transport, "transport");
    return new SendMessage(clientId, text, type, transport, channelId, operatorId);
  }

  /** This request sent through the given channel. */
  public SendMessage withChannelId(long channelId) {
    return new SendMessage(clientId, text, type, transport, channelId, operatorId);
  }

  /** This request sent as the given operator. */
  public SendMessage withOperatorId(long operatorId) {
    return new SendMessage(clientId, text, type, transport, channelId, operatorId);
  }
}
