package dev.chat2desk4j.testkit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.AccountInfo;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.QuotaExceededException;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.testkit.InMemoryChat2Desk;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QuotaExampleTest {

  /** The code under test: a bulk send that keeps a reserve of the month's API calls. */
  static final class Broadcaster {
    static final long RESERVE = 100;

    private final Chat2Desk chat2desk;

    Broadcaster(Chat2Desk chat2desk) {
      this.chat2desk = chat2desk;
    }

    /** Sends the text to as many clients as the quota allows; answers how many got it. */
    int broadcast(List<Long> clientIds, String text) {
      int sent = 0;
      try {
        AccountInfo info = chat2desk.account().info();
        long left = info.requestsLeft().orElse(Long.MAX_VALUE); // empty: no limit known
        for (long clientId : clientIds) {
          if (left - sent <= RESERVE) {
            break; // keep the reserve for the rest of the month
          }
          chat2desk.sendMessage(clientId, text);
          sent++;
        }
      } catch (QuotaExceededException spent) {
        // Nothing more goes out until the quota renews: retrying will not help.
      }
      return sent;
    }
  }

  @Test
  void broadcast_nearTheQuota_keepsTheReserve() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create("token");
    chat2desk.state().seed("token", Seed.builder().quota(1_000, 895).build());
    List<Long> clients = clients(chat2desk, 10);

    int sent = new Broadcaster(chat2desk).broadcast(clients, "Sale!");

    // info() was call 896, leaving 104: four sends, then the reserve of 100 stays.
    assertThat(sent).isEqualTo(4);
    AccountInfo info = chat2desk.account().info();
    assertThat(info.requestsThisMonth()).isEqualTo(901);
    assertThat(info.requestsLimit()).isEqualTo(1_000);
    assertThat(info.requestsLeft()).hasValue(99);
  }

  @Test
  void broadcast_quotaSpent_sendsNothing() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create("token");
    chat2desk.state().seed("token", Seed.builder().quota(1_000, 1_000).build());
    List<Long> clients = clients(chat2desk, 3);

    int sent = new Broadcaster(chat2desk).broadcast(clients, "Sale!");

    assertThat(sent).isZero();
    assertThat(chat2desk.mockAccount().messages()).isEmpty();
    assertThatThrownBy(() -> chat2desk.sendMessage(clients.get(0), "Sale!"))
        .isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining("quota");
  }

  private static List<Long> clients(InMemoryChat2Desk chat2desk, int count) {
    return LongStream.range(0, count)
        .map(i -> chat2desk.mockAccount().createClient("Client " + i, "7900000000" + i).id())
        .boxed()
        .toList();
  }
}
