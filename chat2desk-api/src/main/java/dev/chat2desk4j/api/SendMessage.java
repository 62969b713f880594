package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A request to send a message to a client ({@code POST /v1/messages}): a text, a file, or both.
 * Make it with {@link #of(long, String)} or {@link #ofAttachment(long, String)} and the {@code
 * with…} copies; every value is checked when the record is made, before any I/O.
 *
 * @param clientId the recipient; positive
 * @param text the text, or null for a message that only carries a file; when given, not blank and
 *     at most {@link ApiLimits#MAX_TEXT_LENGTH} characters
 * @param type the kind of message; sendable ({@link MessageType#isSendable()})
 * @param transport the messenger to use, or null for the client's last one
 * @param channelId the channel to send through, or null for the client's last one
 * @param operatorId the operator to send as, or null
 * @param attachment the URL of a file to send, absolute {@code http} or {@code https}, or null
 * @param pdf the URL of a PDF document to send, absolute {@code http} or {@code https}, or null
 * @param openDialog whether sending opens a dialog with the client, or null for the API's default
 */
public record SendMessage(
    long clientId,
    String text,
    MessageType type,
    Transport transport,
    Long channelId,
    Long operatorId,
    String attachment,
    String pdf,
    Boolean openDialog)
    implements Chat2DeskRequest<SentMessage> {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public SendMessage {
    Checks.positive(clientId, "clientId");
    Checks.textOrNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (!type.isSendable()) {
      throw new IllegalArgumentException("type must be a type that can be sent but was " + type);
    }
    Checks.knownOrNull(transport, Transport.UNKNOWN, "transport");
    Checks.positiveOrNull(channelId, "channelId");
    Checks.positiveOrNull(operatorId, "operatorId");
    Checks.urlOrNull(attachment, "attachment");
    Checks.urlOrNull(pdf, "pdf");
    if (text == null && attachment == null && pdf == null) {
      throw new IllegalArgumentException("text must be given unless attachment or pdf is");
    }
  }

  /**
   * A text message to the client, sent through the client's last messenger and channel.
   *
   * @param clientId the recipient
   * @param text the text
   * @return the request
   * @throws IllegalArgumentException when the id is not positive or the text is blank or too long
   */
  public static SendMessage of(long clientId, String text) {
    Objects.requireNonNull(text, "text");
    return new SendMessage(
        clientId, text, MessageType.TO_CLIENT, null, null, null, null, null, null);
  }

  /**
   * A file sent to the client without text, through the client's last messenger and channel.
   *
   * @param clientId the recipient
   * @param url the file's URL, absolute {@code http} or {@code https}
   * @return the request
   * @throws IllegalArgumentException when the id is not positive or the URL is not such a URL
   */
  public static SendMessage ofAttachment(long clientId, String url) {
    Objects.requireNonNull(url, "attachment");
    return new SendMessage(
        clientId, null, MessageType.TO_CLIENT, null, null, null, url, null, null);
  }

  @Override
  public Operation operation() {
    return Operation.SEND_MESSAGE;
  }

  /** This request with the given text, alone or with the file. */
  public SendMessage withText(String text) {
    Objects.requireNonNull(text, "text");
    return new SendMessage(
        clientId, text, type, transport, channelId, operatorId, attachment, pdf, openDialog);
  }

  /** This request with another message type, such as {@link MessageType#COMMENT}. */
  public SendMessage withType(MessageType type) {
    return new SendMessage(
        clientId, text, type, transport, channelId, operatorId, attachment, pdf, openDialog);
  }

  /** This request sent through the given messenger. */
  public SendMessage withTransport(Transport transport) {
    Objects.requireNonNull(transport, "transport");
    return new SendMessage(
        clientId, text, type, transport, channelId, operatorId, attachment, pdf, openDialog);
  }

  /** This request sent through the given channel. */
  public SendMessage withChannelId(long channelId) {
    return new SendMessage(
        clientId, text, type, transport, channelId, operatorId, attachment, pdf, openDialog);
  }

  /** This request sent as the given operator. */
  public SendMessage withOperatorId(long operatorId) {
    return new SendMessage(
        clientId, text, type, transport, channelId, operatorId, attachment, pdf, openDialog);
  }

  /** This request carrying the file at the given URL. */
  public SendMessage withAttachment(String attachment) {
    Objects.requireNonNull(attachment, "attachment");
    return new SendMessage(
        clientId, text, type, transport, channelId, operatorId, attachment, pdf, openDialog);
  }

  /** This request carrying the PDF document at the given URL. */
  public SendMessage withPdf(String pdf) {
    Objects.requireNonNull(pdf, "pdf");
    return new SendMessage(
        clientId, text, type, transport, channelId, operatorId, attachment, pdf, openDialog);
  }

  /** This request opening a dialog with the client, or explicitly not opening one. */
  public SendMessage withOpenDialog(boolean openDialog) {
    return new SendMessage(
        clientId, text, type, transport, channelId, operatorId, attachment, pdf, openDialog);
  }
}
