package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.InboundSender;
import dev.chat2desk4j.api.Message;
import java.util.List;
import java.util.Objects;

/**
 * A customer of an account, as a test plays one: {@code customer(clientId).writes("Hi")} brings a
 * message in exactly as the real flow does, stored unread in the client's open dialog (or a new
 * one) and reported as an {@code inbox} event to the webhooks that subscribed to it.
 */
public final class Customer {

  private final MockAccount account;
  private final InboundSender from;
  private final Long channelId;

  private Customer(MockAccount account, InboundSender from, Long channelId) {
    this.account = Objects.requireNonNull(account, "account");
    this.from = from;
    this.channelId = channelId;
  }

  /** The client with this id, writing through its own channel. */
  public static Customer of(MockAccount account, long clientId) {
    return new Customer(account, InboundSender.client(clientId), null);
  }

  /**
   * Whoever has this phone, writing through a channel; a phone the account does not know becomes a
   * new client on the first message, as {@code POST /v1/messages/inbox} does.
   */
  public static Customer byPhone(MockAccount account, String phone, long channelId) {
    return new Customer(account, InboundSender.phone(phone), channelId);
  }

  /** This customer writing through another channel of the account. */
  public Customer on(long channelId) {
    return new Customer(account, from, channelId);
  }

  /**
   * The customer writes a text; answers the message as stored.
   *
   * @throws RecordNotFoundException for an unknown client or channel
   */
  public Message writes(String text) {
    Objects.requireNonNull(text, "text");
    return account.receive(new Incoming(from, channelId, text, List.of(), null));
  }
}
