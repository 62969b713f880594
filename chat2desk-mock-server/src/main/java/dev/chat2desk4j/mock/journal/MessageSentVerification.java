package dev.chat2desk4j.mock.journal;

import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Transport;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The messages a {@code Chat2DeskMockServer} accepted, narrowed step by step and then counted:
 * {@code verify().messageSent().to(42).withText("hi").once()}. Sends the server refused (an error
 * answer, a fault) never count, but failure messages list them too.
 *
 * <p>Each condition reads the message as the server stored it, not the request's body, so a text is
 * compared exactly however long the request was; a message sent without a transport or channel has
 * the client's.
 *
 * <p>Immutable: every narrowing returns a new verification, and each count check reads the journal
 * afresh.
 */
public final class MessageSentVerification extends CountVerification {

  private final JournalMatch<Journal.Recorded> match;

  MessageSentVerification(Supplier<List<Journal.Recorded>> journal, String what) {
    this(
        new JournalMatch<>(
                journal,
                what,
                recorded -> recorded.entry().operation() == Operation.SEND_MESSAGE,
                MessageSentVerification::describe)
            .and("", recorded -> stored(recorded) != null));
  }

  private MessageSentVerification(JournalMatch<Journal.Recorded> match) {
    this.match = match;
  }

  /** Only messages to this client. */
  public MessageSentVerification to(long clientId) {
    return where("to client " + clientId, sent -> sent.message().clientId() == clientId);
  }

  /** Only messages with exactly this text. */
  public MessageSentVerification withText(String text) {
    Objects.requireNonNull(text, "text");
    return where("with text \"" + text + "\"", sent -> text.equals(sent.text()));
  }

  /** Only messages whose text contains this part. */
  public MessageSentVerification withTextContaining(String part) {
    Objects.requireNonNull(part, "part");
    return where(
        "with text containing \"" + part + "\"",
        sent -> sent.text() != null && sent.text().contains(part));
  }

  /** Only messages of this type; a send without a type is {@link MessageType#TO_CLIENT}. */
  public MessageSentVerification withType(MessageType type) {
    Objects.requireNonNull(type, "type");
    return where("of type " + type.wireValue(), sent -> sent.message().type() == type);
  }

  /** Only messages through this messenger: the one the send named, or else the client's. */
  public MessageSentVerification withTransport(Transport transport) {
    Objects.requireNonNull(transport, "transport");
    return where(
        "through " + transport.wireValue(), sent -> sent.message().transport() == transport);
  }

  /** Only messages through this channel: the one the send named, or else the client's. */
  public MessageSentVerification withChannelId(long channelId) {
    return where(
        "through channel " + channelId,
        sent -> Objects.equals(sent.message().channelId(), channelId));
  }

  /** Only messages that named this operator as the sender. */
  public MessageSentVerification withOperatorId(long operatorId) {
    return where(
        "from operator " + operatorId,
        sent -> Objects.equals(sent.message().operatorId(), operatorId));
  }

  @Override
  JournalMatch<Journal.Recorded> match() {
    return match;
  }

  /**
   * Each matching message as the server stored it, oldest first, by wire name: {@code client_id},
   * {@code type}, {@code transport}, and {@code text}, {@code channel_id} and {@code operator_id}
   * when set.
   */
  public List<Map<String, String>> messages() {
    return match.matching().stream().map(recorded -> params(stored(recorded))).toList();
  }

  private MessageSentVerification where(String description, Predicate<Sent> condition) {
    return new MessageSentVerification(
        match.and(
            description, recorded -> stored(recorded) != null && condition.test(stored(recorded))));
  }

  /**
   * A send the server stored: its answer, which carries the transport and channel it fell back to,
   * and its text, which the journal keeps whole among the parameters because a stored text is at
   * most the API's limit long.
   */
  private record Sent(SentMessage message, String text) {}

  /** The stored send behind a journalled request, or null for a refused one. */
  private static Sent stored(Journal.Recorded recorded) {
    return recorded.answer() instanceof SentMessage message
        ? new Sent(message, recorded.entry().params().get("text"))
        : null;
  }

  /** An accepted send shows the stored message; a refused one what the journal kept of it. */
  private static String describe(Journal.Recorded recorded) {
    Sent sent = stored(recorded);
    return sent == null
        ? JournalMatch.describe(recorded.entry())
        : JournalMatch.describe(recorded.entry(), params(sent));
  }

  private static Map<String, String> params(Sent sent) {
    SentMessage message = sent.message();
    Map<String, String> params = new LinkedHashMap<>();
    params.put("client_id", String.valueOf(message.clientId()));
    if (sent.text() != null) {
      params.put("text", sent.text());
    }
    params.put("type", message.type().wireValue());
    params.put("transport", message.transport().wireValue());
    if (message.channelId() != null) {
      params.put("channel_id", String.valueOf(message.channelId()));
    }
    if (message.operatorId() != null) {
      params.put("operator_id", String.valueOf(message.operatorId()));
    }
    return Collections.unmodifiableMap(params);
  }
}
