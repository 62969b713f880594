package dev.chat2desk4j.mock;

import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Transport;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The messages a {@link Chat2DeskMockServer} accepted, narrowed step by step and then counted:
 * {@code verify().messageSent().to(42).withText("hi").once()}. Sends the server refused (an error
 * answer, a fault) never count, but failure messages list them too.
 *
 * <p>Immutable: every narrowing returns a new verification, and each count check reads the journal
 * afresh.
 */
public final class MessageSentVerification extends CountVerification {

  private final JournalMatch match;

  MessageSentVerification(Supplier<List<JournalEntry>> journal) {
    this(
        new JournalMatch(
                journal,
                "message(s) sent (POST /v1/messages)",
                entry -> entry.method().equals("POST") && entry.path().equals("/v1/messages"),
                JournalMatch::describe)
            .and("", entry -> entry.status() >= 200 && entry.status() < 300));
  }

  private MessageSentVerification(JournalMatch match) {
    this.match = match;
  }

  /** Only messages to this client. */
  public MessageSentVerification to(long clientId) {
    String id = String.valueOf(clientId);
    return new MessageSentVerification(
        match.param("to client " + clientId, "client_id", id::equals));
  }

  /** Only messages with exactly this text. */
  public MessageSentVerification withText(String text) {
    Objects.requireNonNull(text, "text");
    return new MessageSentVerification(
        match.param("with text \"" + text + "\"", "text", text::equals));
  }

  /** Only messages whose text contains this part. */
  public MessageSentVerification withTextContaining(String part) {
    Objects.requireNonNull(part, "part");
    return new MessageSentVerification(
        match.param("with text containing \"" + part + "\"", "text", t -> t.contains(part)));
  }

  /** Only messages of this type; a send without a type is {@link MessageType#TO_CLIENT}. */
  public MessageSentVerification withType(MessageType type) {
    Objects.requireNonNull(type, "type");
    return new MessageSentVerification(
        match.and(
            "of type " + type.wireValue(),
            entry ->
                type.wireValue()
                    .equalsIgnoreCase(
                        RequestParams.of(entry)
                            .getOrDefault("type", MessageType.TO_CLIENT.wireValue())
                            .trim())));
  }

  /** Only messages that named this messenger. */
  public MessageSentVerification withTransport(Transport transport) {
    Objects.requireNonNull(transport, "transport");
    return new MessageSentVerification(
        match.param(
            "through " + transport.wireValue(),
            "transport",
            t -> t.trim().equalsIgnoreCase(transport.wireValue())));
  }

  /** Only messages that named this channel. */
  public MessageSentVerification withChannel(long channelId) {
    String id = String.valueOf(channelId);
    return new MessageSentVerification(
        match.param("through channel " + channelId, "channel_id", id::equals));
  }

  /** Only messages that named this operator as the sender. */
  public MessageSentVerification withOperator(long operatorId) {
    String id = String.valueOf(operatorId);
    return new MessageSentVerification(
        match.param("from operator " + operatorId, "operator_id", id::equals));
  }

  @Override
  JournalMatch match() {
    return match;
  }

  /**
   * The parameters of each matching send, oldest first, such as {@code client_id} and {@code text}.
   */
  public List<Map<String, String>> messages() {
    return match.matching().stream().map(RequestParams::of).toList();
  }
}
