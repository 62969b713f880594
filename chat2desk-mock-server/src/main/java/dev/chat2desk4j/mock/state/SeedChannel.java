package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Transport;
import java.util.Objects;

/**
 * A channel a {@link Seed} creates; clients of the seed refer to it by name.
 *
 * @param name the channel's name
 * @param transport the messenger of the channel
 */
public record SeedChannel(String name, Transport transport) {

  /** Checks that both parts are present. */
  public SeedChannel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(transport, "transport");
  }
}
