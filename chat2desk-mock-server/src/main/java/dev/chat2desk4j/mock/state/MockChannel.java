package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Channel;
import dev.chat2desk4j.api.Transport;
import java.util.List;

/**
 * A channel of a fake account: one connected number or bot, on one or more messengers.
 *
 * @param id the channel's id
 * @param name the channel's name
 * @param phone the channel's phone number, or null
 * @param transports the messengers connected to it; at least one
 */
public record MockChannel(long id, String name, String phone, List<Transport> transports) {

  /** Copies the messengers. */
  public MockChannel {
    transports = List.copyOf(transports);
  }

  /** The channel's first messenger: the one a client on it writes through unless told otherwise. */
  public Transport transport() {
    return transports.get(0);
  }

  /** The channel as the API answers it. */
  public Channel toChannel() {
    return new Channel(id, name, phone, transports);
  }
}
