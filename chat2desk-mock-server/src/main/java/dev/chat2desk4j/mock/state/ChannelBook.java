package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Channel;
import dev.chat2desk4j.api.GetChannel;
import dev.chat2desk4j.api.ListChannels;
import dev.chat2desk4j.api.Page;
import java.util.List;

/**
 * The channels of one account as the API shows them; they are added through {@link
 * MockAccount#addChannel}. Every method runs under the account's lock.
 */
public final class ChannelBook {

  private final MockAccount account;

  ChannelBook(MockAccount account) {
    this.account = account;
  }

  /** One page of the channels, in id order, optionally those with one phone number. */
  public Page<Channel> list(ListChannels request) {
    synchronized (account) {
      String phone = request.phone() == null ? null : Phones.normalize(request.phone());
      List<Channel> matching =
          account.channels().stream()
              .filter(
                  channel ->
                      phone == null
                          || (channel.phone() != null
                              && Phones.normalize(channel.phone()).equals(phone)))
              .map(MockChannel::toChannel)
              .toList();
      return PagedList.slice(matching, request.limit(), request.offset());
    }
  }

  /**
   * The channel a request names.
   *
   * @throws RecordNotFoundException for an unknown channel (named by the path)
   */
  public Channel get(GetChannel request) {
    synchronized (account) {
      List<MockChannel> channels = account.channels();
      if (request.id() > channels.size()) {
        throw new RecordNotFoundException(null, request.id());
      }
      return channels.get((int) request.id() - 1).toChannel();
    }
  }
}
