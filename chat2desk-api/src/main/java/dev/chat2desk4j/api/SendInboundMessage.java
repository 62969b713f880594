package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A request to bring a customer's message into the account through an <em>external</em> channel
 * ({@code POST /v1/messages/inbox}), as if the customer had written it: the way a bridge to a
 * messenger Chat2Desk does not support delivers its messages. It fires the account's {@code inbox}
 * webhooks, and sending it twice brings the message in twice. Answered with the stored message's
 * receipt.
 *
 * <p>Make it with {@link #of(long, InboundSender, String)} or {@link #ofImage(long, InboundSender,
 * String)} and the {@code with…} copies; every value is checked when the record is made. A message
 * needs a text, an image, a video or a location.
 *
 * @param channelId the external channel the message comes through; positive
 * @param from who the message comes from
 * @param text the text (the wire's {@code body}), or null; when given, not blank and at most {@link
 *     ApiLimits#MAX_TEXT_LENGTH} characters
 * @param image the URL of a picture, absolute {@code http} or {@code https}, or null
 * @param video the URL of a video, absolute {@code http} or {@code https}, or null
 * @param location a location as the external messenger sent it, or null; not blank when given
 * @param externalId the message's id in the external messenger, or null; not blank when given. It
 *     comes back as {@link Message#remoteId()}
 */
public record SendInboundMessage(
    long channelId,
    InboundSender from,
    String text,
    String image,
    String video,
    String location,
    String externalId)
    implements Chat2DeskRequest<SentMessage> {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public SendInboundMessage {
    Checks.positive(channelId, "channelId");
    Objects.requireNonNull(from, "from");
    Checks.textOrNull(text, "text");
    Checks.urlOrNull(image, "image");
    Checks.urlOrNull(video, "video");
    Checks.notBlankOrNull(location, "location");
    Checks.notBlankOrNull(externalId, "externalId");
    if (text == null && image == null && video == null && location == null) {
      throw new IllegalArgumentException("text must be given unless image, video or location is");
    }
  }

  /**
   * A text message from the sender through the channel.
   *
   * @param channelId the external channel; positive
   * @param from who the message comes from
   * @param text the text
   * @return the request
   * @throws IllegalArgumentException when the id is not positive or the text is blank or too long
   */
  public static SendInboundMessage of(long channelId, InboundSender from, String text) {
    Objects.requireNonNull(text, "text");
    return new SendInboundMessage(channelId, from, text, null, null, null, null);
  }

  /**
   * A picture without text from the sender through the channel, the commonest message that has no
   * text.
   *
   * @param channelId the external channel; positive
   * @param from who the message comes from
   * @param url the picture's URL, absolute {@code http} or {@code https}
   * @return the request
   * @throws IllegalArgumentException when the id is not positive or the URL is not such a URL
   */
  public static SendInboundMessage ofImage(long channelId, InboundSender from, String url) {
    Objects.requireNonNull(url, "image");
    return new SendInboundMessage(channelId, from, null, url, null, null, null);
  }

  @Override
  public Operation operation() {
    return Operation.SEND_INBOUND_MESSAGE;
  }

  /** This message with the given text. */
  public SendInboundMessage withText(String text) {
    Objects.requireNonNull(text, "text");
    return new SendInboundMessage(channelId, from, text, image, video, location, externalId);
  }

  /** This message carrying the picture at the given URL. */
  public SendInboundMessage withImage(String image) {
    Objects.requireNonNull(image, "image");
    return new SendInboundMessage(channelId, from, text, image, video, location, externalId);
  }

  /** This message carrying the video at the given URL. */
  public SendInboundMessage withVideo(String video) {
    Objects.requireNonNull(video, "video");
    return new SendInboundMessage(channelId, from, text, image, video, location, externalId);
  }

  /** This message carrying a location, as the external messenger sent it. */
  public SendInboundMessage withLocation(String location) {
    Objects.requireNonNull(location, "location");
    return new SendInboundMessage(channelId, from, text, image, video, location, externalId);
  }

  /** This message with its id in the external messenger. */
  public SendInboundMessage withExternalId(String externalId) {
    Objects.requireNonNull(externalId, "externalId");
    return new SendInboundMessage(channelId, from, text, image, video, location, externalId);
  }
}
