package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Attachment;
import dev.chat2desk4j.api.InboundSender;
import dev.chat2desk4j.api.SendInboundMessage;
import java.util.List;
import java.util.Objects;

/**
 * A message a client writes to the account, as it enters it: through {@code POST
 * /v1/messages/inbox}, the admin API's incoming message, or a seed. {@link
 * MockAccount#receive(Incoming)} stores every one the same way.
 *
 * @param from the client by id, or a phone number that creates the client when the account has none
 * @param channelId the channel it comes through, or null for the client's own
 * @param text the text, or null for a message that only carries files
 * @param attachments the files it carries
 * @param remoteId its id in the messenger it came from, or null
 */
public record Incoming(
    InboundSender from,
    Long channelId,
    String text,
    List<Attachment> attachments,
    String remoteId) {

  /** Checks that there is a sender and copies the files. */
  public Incoming {
    Objects.requireNonNull(from, "from");
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A text the client with this id writes through its own channel. */
  public static Incoming text(long clientId, String text) {
    return new Incoming(InboundSender.client(clientId), null, text, List.of(), null);
  }

  /**
   * The message an API request brings in. Its {@code image} and {@code video} become files; a
   * {@code location} becomes the text of a message without one (ours: the API's message object has
   * no other place for it that {@link dev.chat2desk4j.api.Message} reads).
   */
  public static Incoming of(SendInboundMessage request) {
    return new Incoming(
        request.from(),
        request.channelId(),
        request.text() != null ? request.text() : request.location(),
        Media.ofInbound(request.image(), request.video()),
        request.externalId());
  }
}
