package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.CreateClient;
import dev.chat2desk4j.api.Transport;

/**
 * What it takes to create a client in a fake account. Start with {@link #named(String)}, {@link
 * #of(String, String)} or {@link #of(CreateClient)} and add the optional parts with the {@code
 * with…} copies.
 *
 * @param name the client's name (the API's {@code nickname}), or null
 * @param phone the phone number, or null; compared by its digits only
 * @param transport the client's messenger, or null for the channel's or {@code widget}
 * @param channelId the channel the client writes through, or null
 * @param avatar the URL of the client's picture, or null
 */
public record NewClient(
    String name, String phone, Transport transport, Long channelId, String avatar) {

  /** A client with a name and nothing else. */
  public static NewClient named(String name) {
    return new NewClient(name, null, null, null, null);
  }

  /** A client with a name and a phone number. */
  public static NewClient of(String name, String phone) {
    return new NewClient(name, phone, null, null, null);
  }

  /**
   * The client an API request creates: its {@code nickname} becomes the name, since a client the
   * account creates has no name from a messenger; the wire's {@code assigned_phone} is not kept.
   */
  public static NewClient of(CreateClient request) {
    return new NewClient(
        request.nickname(), request.phone(), request.transport(), request.channelId(), null);
  }

  /** This client with a phone number. */
  public NewClient withPhone(String phone) {
    return new NewClient(name, phone, transport, channelId, avatar);
  }

  /** This client writing through the given messenger. */
  public NewClient withTransport(Transport transport) {
    return new NewClient(name, phone, transport, channelId, avatar);
  }

  /** This client writing through the given channel. */
  public NewClient withChannelId(long channelId) {
    return new NewClient(name, phone, transport, channelId, avatar);
  }

  /** This client with a picture. */
  public NewClient withAvatar(String avatar) {
    return new NewClient(name, phone, transport, channelId, avatar);
  }
}
