package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.AuthenticationException;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Unknown tokens, tenant isolation and concurrent calls, across operations. */
public abstract class AccountsContract extends ContractBase {

  @Test
  @DisplayName("rejects an unknown token with AuthenticationException on every operation")
  void unknownToken_everyOperation_throwsAuthentication() {
    long client = anna();
    Chat2Desk stranger = chat2desk().withToken("no-such-token");

    assertThatThrownBy(stranger::listClients).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(stranger::listTransfers).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> stranger.listMessages(client))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> stranger.sendMessage(client, "hi"))
        .isInstanceOf(AuthenticationException.class)
        .message()
        .doesNotContain("no-such-token");
    assertThat(chat2desk().listMessages(client).total()).hasValue(0);
  }

  @Test
  @DisplayName("keeps each account's data to itself")
  void otherAccount_seesNothingOfThePrimary() {
    long client = anna();
    chat2desk().sendMessage(client, "private");
    Chat2Desk other = chat2desk().withToken(environment().otherToken());

    assertThat(other.listClients().total()).hasValue(0);
    assertThatThrownBy(() -> other.listMessages(client)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> other.sendMessage(client, "hijack"))
        .isInstanceOf(NotFoundException.class);
    assertThat(chat2desk().listMessages(client).total()).hasValue(1);
  }

  @Test
  @DisplayName("acts as the other account through withToken: its clients, its messages")
  void withToken_otherAccount_seesAndWritesOnlyItsOwnData() {
    long anna = anna();
    String otherToken = environment().otherToken();
    long boris = environment().seed(otherToken).createClient("Boris", "79007654321");
    Chat2Desk other = chat2desk().withToken(otherToken);

    assertThat(other.listClients().items()).extracting(Client::id).containsExactly(boris);
    assertThat(chat2desk().listClients().items()).extracting(Client::name).containsExactly("Anna");
    other.sendMessage(boris, "for B");
    assertThat(other.listMessages(boris).total()).hasValue(1);
    assertThat(chat2desk().listMessages(anna).total()).hasValue(0);
  }

  @Test
  @DisplayName("stores every one of many concurrent sends exactly once")
  void sendMessage_concurrently_storesEachOnce() throws Exception {
    long client = anna();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<Long>> sends = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String text = "concurrent " + i;
      sends.add(() -> chat2desk().sendMessage(client, text).id());
    }

    List<Long> ids = new ArrayList<>();
    try {
      for (Future<Long> id : pool.invokeAll(sends, 60, TimeUnit.SECONDS)) {
        ids.add(id.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(ids).hasSize(200).doesNotHaveDuplicates();
    assertThat(chat2desk().allMessages(client).map(Message::id).toList())
        .containsExactlyInAnyOrderElementsOf(ids);
  }
}
