package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Transport;

/**
 * What it takes to create a client in a fake account. Start with {@link #named(String)} or {@link
 * #withPhone(String)} and add the optional parts with the {@code with…} copies.
 *
 * @param name the client's name (the API's {@code nickname}), or null
 * @param phone the phone number, or null; compared by its digits only
 * @param transport the client's messenger, or null for the channel's or {@code widget}
 * @param channelId the channel the client writes through, or null
 */
public record NewClient(String name, String phone, Transport transport, Long channelId) {

  /** A client with a name and nothing else. */
  public static NewClient named(String name) {
    return new NewClient(name, null, null, null);
  }

  /** A client with a name and a phone number. */
  public static NewClient of(String name, String phone) {
    return new NewClient(name, phone, null, null);
  }

  /** This client with a phone number. */
  public NewClient withPhone(String phone) {
    return new NewClient(name, phone, transport, channelId);
  }

  /** This client writing through the given messenger. */
  public NewClient withTransport(Transport transport) {
    return new NewClient(name, phone, transport, channelId);
  }

  /** This client writing through the given channel. */
  public NewClient withChannelId(long channelId) {
    return new NewClient(name, phone, transport, channelId);
  }
}
