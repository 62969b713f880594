package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Transport;
import java.util.ArrayList;
import java.util.List;

/**
 * A client a {@link Seed} creates, with its message history and the transfers of its dialog. Start
 * with {@link #of(String, String)} and add to it with the {@code with…}, {@link #incoming(String)},
 * {@link #reply(String, String)} and {@link #transferTo(String)} copies.
 *
 * @param name the client's name, or null
 * @param phone the phone number, or null
 * @param transport the client's messenger, or null for the channel's
 * @param channel the name of a channel of the seed or the account, or null
 * @param messages the history, oldest first
 * @param transfersTo the names of the operators the dialog moves to, in order, after the history
 */
public record SeedClient(
    String name,
    String phone,
    Transport transport,
    String channel,
    List<SeedMessage> messages,
    List<String> transfersTo) {

  /** Copies the lists; null lists become empty. */
  public SeedClient {
    messages = messages == null ? List.of() : List.copyOf(messages);
    transfersTo = transfersTo == null ? List.of() : List.copyOf(transfersTo);
  }

  /** A client with a name and a phone, no history. */
  public static SeedClient of(String name, String phone) {
    return new SeedClient(name, phone, null, null, List.of(), List.of());
  }

  /** This client writing through the given messenger. */
  public SeedClient withTransport(Transport transport) {
    return new SeedClient(name, phone, transport, channel, messages, transfersTo);
  }

  /** This client writing through the channel with this name. */
  public SeedClient withChannel(String channel) {
    return new SeedClient(name, phone, transport, channel, messages, transfersTo);
  }

  /** This client with one more message in its history. */
  public SeedClient message(SeedMessage message) {
    List<SeedMessage> more = new ArrayList<>(messages);
    more.add(message);
    return new SeedClient(name, phone, transport, channel, more, transfersTo);
  }

  /** This client having written a message. */
  public SeedClient incoming(String text) {
    return message(new SeedMessage(MessageType.FROM_CLIENT, text, null));
  }

  /** This client having received a reply from the named operator (or null for none). */
  public SeedClient reply(String operator, String text) {
    return message(new SeedMessage(MessageType.TO_CLIENT, text, operator));
  }

  /** This client's dialog moved to the named operator after its history. */
  public SeedClient transferTo(String operator) {
    List<String> more = new ArrayList<>(transfersTo);
    more.add(operator);
    return new SeedClient(name, phone, transport, channel, messages, more);
  }
}
