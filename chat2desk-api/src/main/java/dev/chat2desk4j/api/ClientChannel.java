package dev.chat2desk4j.api;

import java.util.List;
import java.util.Objects;

/**
 * A channel of the account through which a client can be reached, with the messengers the client
 * uses on it, as {@code GET /v1/clients/{id}} lists them.
 *
 * @param id the channel's id
 * @param transports the client's messengers on this channel
 */
public record ClientChannel(long id, List<Transport> transports) {

  /** Copies {@code transports}; a null list becomes empty, a null item is refused. */
  public ClientChannel {
    transports = transports == null ? List.of() : List.copyOf(transports);
  }

  /**
   * A channel with the given messengers.
   *
   * @param id the channel's id
   * @param transports the client's messengers on it
   * @return the channel
   */
  public static ClientChannel of(long id, Transport... transports) {
    return new ClientChannel(id, List.of(Objects.requireNonNull(transports, "transports")));
  }
}
