package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.Message;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The optional filters of a {@link ListMessages}: a message must match every one it gives. An empty
 * filter keeps the O(page) listing; a non-empty one scans the listed messages.
 */
record MessageFilter(ListMessages request) implements Predicate<Message> {

  static MessageFilter of(ListMessages request) {
    return new MessageFilter(request);
  }

  /** Whether the filter keeps every message. */
  boolean isEmpty() {
    ListMessages r = request;
    return r.type() == null
        && r.transport() == null
        && r.channelId() == null
        && r.dialogId() == null
        && r.operatorId() == null
        && r.read() == null
        && r.startId() == null
        && r.startDate() == null
        && r.finishDate() == null;
  }

  @Override
  public boolean test(Message message) {
    ListMessages r = request;
    return (r.type() == null || r.type() == message.type())
        && (r.transport() == null || r.transport() == message.transport())
        && (r.channelId() == null || r.channelId().equals(message.channelId()))
        && (r.dialogId() == null || r.dialogId().equals(message.dialogId()))
        && (r.operatorId() == null || r.operatorId().equals(message.operatorId()))
        && (r.read() == null || r.read() == message.read())
        && (r.startId() == null || message.id() >= r.startId())
        && (r.startDate() == null || !created(message).isBefore(r.startDate()))
        && (r.finishDate() == null || !created(message).isAfter(r.finishDate()));
  }

  private static Instant created(Message message) {
    return Objects.requireNonNullElse(message.createdAt(), Instant.EPOCH);
  }
}
