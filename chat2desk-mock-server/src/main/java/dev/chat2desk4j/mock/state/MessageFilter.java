package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Transport;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The optional filters of {@code GET /v1/messages}: each part is null when not given, and a message
 * must match every given part. An empty filter keeps the O(page) listing; a non-empty one scans the
 * listed messages.
 *
 * @param type only messages of this type, or null
 * @param transport only messages through this messenger, or null
 * @param channelId only messages through this channel, or null
 * @param dialogId only messages of this dialog, or null
 * @param operatorId only messages of this operator, or null
 * @param read only read (true) or unread (false) messages, or null
 * @param startId only messages with an id of at least this, or null
 * @param from only messages created at or after this instant, or null
 * @param until only messages created at or before this instant, or null
 */
public record MessageFilter(
    MessageType type,
    Transport transport,
    Long channelId,
    Long dialogId,
    Long operatorId,
    Boolean read,
    Long startId,
    Instant from,
    Instant until)
    implements Predicate<Message> {

  /** The filter that keeps every message. */
  public static final MessageFilter NONE =
      new MessageFilter(null, null, null, null, null, null, null, null, null);

  /** Whether the filter keeps every message. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  @Override
  public boolean test(Message message) {
    return (type == null || type == message.type())
        && (transport == null || transport == message.transport())
        && (channelId == null || channelId.equals(message.channelId()))
        && (dialogId == null || dialogId.equals(message.dialogId()))
        && (operatorId == null || operatorId.equals(message.operatorId()))
        && (read == null || read == message.read())
        && (startId == null || message.id() >= startId)
        && (from == null || !created(message).isBefore(from))
        && (until == null || !created(message).isAfter(until));
  }

  private static Instant created(Message message) {
    return Objects.requireNonNullElse(message.createdAt(), Instant.EPOCH);
  }
}
