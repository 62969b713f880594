package dev.chat2desk4j.mock.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SortOrder;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The O(page) promise, proven by structure rather than by timing: with a million stored messages a
 * page touches only its own items.
 */
class MessageIndexTest {

  private static final int MILLION = 1_000_000;

  @Test
  void latestPage_ofOneClientAmongAMillionMessages_readsOnlyThatPage() {
    MockAccount account = MockState.create().addAccount("t");
    account.createClient("Busy", "1");
    account.createClient("Quiet", "2");
    for (int i = 0; i < MILLION; i++) {
      account.receiveMessage(1, "m");
      if (i % 40_000 == 0) {
        account.receiveMessage(2, "q" + i);
      }
    }

    Page<Message> quiet =
        account.listMessages(ListMessages.of(2).withOrder(SortOrder.DESC).withLimit(20));
    long quietReads = account.lastMessagePageReads(2);
    Page<Message> busy =
        account.listMessages(ListMessages.of(1).withOrder(SortOrder.DESC).withLimit(20));
    long busyReads = account.lastMessagePageReads(1);

    assertThat(account.messages()).hasSize(MILLION + 25);
    assertThat(quiet.total()).hasValue(25);
    assertThat(quiet.items()).extracting(Message::text).first().isEqualTo("q960000");
    assertThat(quietReads).isEqualTo(20);
    assertThat(busy.total()).hasValue(MILLION);
    assertThat(busy.items().get(0).id()).isEqualTo(MILLION + 25L);
    assertThat(busyReads).isEqualTo(20);
  }

  @Test
  void page_deepOffsetInEitherOrder_readsOnlyThatPage() {
    PagedList<Long> list = new PagedList<>();
    LongStream.rangeClosed(1, 100_000).forEach(list::add);

    Page<Long> asc = list.page(99_990, 20, SortOrder.ASC);
    long ascReads = list.lastItemsRead();
    Page<Long> desc = list.page(99_990, 20, SortOrder.DESC);

    assertThat(asc.items()).hasSize(10).startsWith(99_991L).endsWith(100_000L);
    assertThat(ascReads).isEqualTo(10);
    assertThat(desc.items()).hasSize(10).startsWith(10L).endsWith(1L);
    assertThat(list.lastItemsRead()).isEqualTo(10);
    assertThat(desc.total()).hasValue(100_000);
  }
}
