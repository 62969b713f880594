package dev.chat2desk4j.mock.state;

import java.util.List;
import java.util.Optional;

/** The channels of one account. Not thread-safe: {@link MockAccount} guards every use. */
final class ChannelsData {

  private final PagedList<MockChannel> channels = new PagedList<>();

  MockChannel add(SeedChannel seed) {
    MockChannel channel =
        new MockChannel(channels.size() + 1L, seed.name(), seed.phone(), seed.transports());
    channels.add(channel);
    return channel;
  }

  /**
   * The channel with this id.
   *
   * @param field the request field that named it, for the error
   * @throws RecordNotFoundException when the account has none
   */
  MockChannel get(long id, String field) {
    return PagedList.find(channels, id).orElseThrow(() -> new RecordNotFoundException(field, id));
  }

  Optional<MockChannel> named(String name) {
    return channels.snapshot().stream().filter(ch -> ch.name().equals(name)).findFirst();
  }

  List<MockChannel> snapshot() {
    return channels.snapshot();
  }
}
