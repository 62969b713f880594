package dev.chat2desk4j.api;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * The account's channels: {@code chat2desk.channels().list(..)}, {@code .all(..)}, {@code
 * .get(id)}. A thin, stateless view over {@link Chat2Desk#execute(Chat2DeskRequest)}: every method
 * makes one request value and executes it.
 */
public final class ChannelService {

  private final Chat2Desk chat2desk;

  /**
   * The channels of the account that {@code chat2desk} acts as.
   *
   * @param chat2desk the client that executes the requests
   */
  public ChannelService(Chat2Desk chat2desk) {
    this.chat2desk = Objects.requireNonNull(chat2desk, "chat2desk");
  }

  /** Lists one page of channels. */
  public Page<Channel> list(ListChannels request) {
    return chat2desk.execute(request);
  }

  /** Lists the first page of channels. */
  public Page<Channel> list() {
    return list(ListChannels.of());
  }

  /** Streams all the channels matching the filter, fetching pages lazily. */
  public Stream<Channel> all(ListChannels filter) {
    return chat2desk.all(filter);
  }

  /** Streams all the account's channels, fetching pages lazily. */
  public Stream<Channel> all() {
    return all(ListChannels.of());
  }

  /**
   * Reads one channel.
   *
   * @param id the channel's id; positive
   * @return the channel
   * @throws NotFoundException when the account has no channel with this id
   */
  public Channel get(long id) {
    return chat2desk.execute(GetChannel.of(id));
  }
}
