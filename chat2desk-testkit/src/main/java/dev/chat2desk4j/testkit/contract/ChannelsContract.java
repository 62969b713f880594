package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Channel;
import dev.chat2desk4j.api.GetChannel;
import dev.chat2desk4j.api.ListChannels;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.Transport;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the channel operations do: {@code channels().list(..)} and {@code channels().get(id)}. */
public abstract class ChannelsContract extends ContractBase {

  @Test
  @DisplayName("lists channels with their name, phone and messengers")
  void listChannels_seeded_listsThem() {
    long support = support();
    long sales = seed().addChannel("Sales", null, List.of(Transport.WHATSAPP, Transport.VIBER));

    Page<Channel> page = whenSupported(() -> chat2desk().channels().list());

    assertThat(page.total()).hasValue(2);
    assertThat(page.items())
        .containsExactly(
            new Channel(support, "Support", "79000000100", List.of(Transport.TELEGRAM)),
            new Channel(sales, "Sales", null, List.of(Transport.WHATSAPP, Transport.VIBER)));
  }

  @Test
  @DisplayName("filters channels by phone, whatever its punctuation")
  void listChannels_byPhone_onlyThatChannel() {
    long support = support();
    seed().addChannel("Sales", "79000000200", List.of(Transport.WHATSAPP));

    Page<Channel> page =
        whenSupported(
            () -> chat2desk().channels().list(ListChannels.of().withPhone("+7 900 000-01-00")));

    assertThat(page.items()).extracting(Channel::id).containsExactly(support);
    assertThat(chat2desk().channels().list(ListChannels.of().withPhone("1")).items()).isEmpty();
  }

  @Test
  @DisplayName("pages through many channels, each exactly once")
  void allChannels_many_streamsEachOnce() {
    for (int i = 0; i < 23; i++) {
      whenSupported(() -> seed().addChannel("Channel", null, List.of(Transport.TELEGRAM)));
    }

    Page<Channel> second =
        whenSupported(() -> chat2desk().channels().list(ListChannels.of().withOffset(20)));

    assertThat(second.items()).hasSize(3);
    assertThat(chat2desk().channels().all().toList())
        .hasSize(23)
        .extracting(Channel::id)
        .doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("reads one channel")
  void getChannel_known_answersIt() {
    long support = support();

    Channel channel = whenSupported(() -> chat2desk().channels().get(support));

    assertThat(channel)
        .isEqualTo(new Channel(support, "Support", "79000000100", List.of(Transport.TELEGRAM)));
  }

  @Test
  @DisplayName("rejects an unknown or another account's channel with NotFoundException")
  void getChannel_unknownOrOtherAccounts_throwsNotFound() {
    long support = support();
    whenSupported(() -> chat2desk().channels().get(support));

    assertThatThrownBy(() -> chat2desk().channels().get(support + 1000))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("getChannel");
    assertThatThrownBy(
            () -> chat2desk().withToken(environment().otherToken()).channels().get(support))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("rejects a non-positive id or a blank phone filter before any call")
  void channels_badRequest_throwsIllegalArgument() {
    assertThatThrownBy(() -> GetChannel.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> ListChannels.of().withPhone(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phone");
  }

  /** The Support channel: Telegram, phone 79000000100. */
  private long support() {
    return whenSupported(
        () -> seed().addChannel("Support", "79000000100", List.of(Transport.TELEGRAM)));
  }
}
