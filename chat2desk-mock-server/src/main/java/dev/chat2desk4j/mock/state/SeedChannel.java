package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Transport;
import java.util.List;
import java.util.Objects;

/**
 * A channel to add to an account, from a {@link Seed} or a test; clients of the seed refer to it by
 * name.
 *
 * @param name the channel's name
 * @param phone the channel's phone number, or null
 * @param transports the messengers connected to it; at least one, none unknown, the first being the
 *     one its clients write through unless told otherwise
 */
public record SeedChannel(String name, String phone, List<Transport> transports) {

  /**
   * Checks every part and copies the messengers.
   *
   * @throws IllegalArgumentException for no messenger or an unknown one
   */
  public SeedChannel {
    Objects.requireNonNull(name, "name");
    transports = List.copyOf(Objects.requireNonNull(transports, "transports"));
    if (transports.isEmpty() || transports.contains(Transport.UNKNOWN)) {
      throw new IllegalArgumentException(
          "Channel '" + name + "' needs at least one messenger, all known");
    }
  }

  /** A channel of one messenger, without a phone number. */
  public SeedChannel(String name, Transport transport) {
    this(name, null, List.of(Objects.requireNonNull(transport, "transport")));
  }

  /** A channel of these messengers, without a phone number; the first is its main one. */
  public static SeedChannel of(String name, Transport... transports) {
    return new SeedChannel(name, null, List.of(transports));
  }

  /** This channel with a phone number. */
  public SeedChannel withPhone(String phone) {
    return new SeedChannel(name, phone, transports);
  }

  /** The channel's first messenger. */
  public Transport transport() {
    return transports.get(0);
  }
}
