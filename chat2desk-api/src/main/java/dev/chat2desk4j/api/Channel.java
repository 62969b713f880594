package dev.chat2desk4j.api;

import java.util.List;

/**
 * A channel of the account: a number or account on one or more messengers through which clients
 * write and are written to.
 *
 * @param id the channel's id, the {@code channel_id} that messages refer to
 * @param name the channel's name, or null
 * @param phone the channel's phone number, or null
 * @param transports the messengers connected to it
 */
public record Channel(long id, String name, String phone, List<Transport> transports) {

  /** Copies {@code transports}; a null list becomes empty. */
  public Channel {
    transports = transports == null ? List.of() : List.copyOf(transports);
  }
}
