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
 * @param transport the client's messenger, or null for each channel's
 * @param channels the names of the channels of the seed or the account the client writes through;
 *     the first is where its messages go when a send names no channel
 * @param messages the history, oldest first
 * @param transfersTo the names of the operators the dialog moves to, in order, after the history
 */
public record SeedClient(
    String name,
    String phone,
    Transport transport,
    List<String> channels,
    List<SeedMessage> messages,
    List<String> transfersTo) {

  /** Copies the lists; null lists become empty. */
  public SeedClient {
    channels = channels == null ? List.of() : List.copyOf(channels);
    messages = messages == null ? List.of() : List.copyOf(messages);
    transfersTo = transfersTo == null ? List.of() : List.copyOf(transfersTo);
  }

  /** A client with a name and a phone, no history. */
  public static SeedClient of(String name, String phone) {
    return new SeedClient(name, phone, null, List.of(), List.of(), List.of());
  }

  /** The channel the client's messages go through when a send names none, or null. */
  public String channel() {
    return channels.isEmpty() ? null : channels.get(0);
  }

  /** This client writing through the given messenger. */
  public SeedClient withTransport(Transport transport) {
    return new SeedClient(name, phone, transport, channels, messages, transfersTo);
  }

  /** This client writing through the channel with this name only. */
  public SeedClient withChannel(String channel) {
    return withChannels(channel);
  }

  /** This client reachable through these channels; its messages go through the first. */
  public SeedClient withChannels(String... channels) {
    return new SeedClient(name, phone, transport, List.of(channels), messages, transfersTo);
  }

  /** This client with one more message in its history. */
  public SeedClient message(SeedMessage message) {
    List<SeedMessage> more = new ArrayList<>(messages);
    more.add(message);
    return new SeedClient(name, phone, transport, channels, more, transfersTo);
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
    return new SeedClient(name, phone, transport, channels, messages, more);
  }
}
