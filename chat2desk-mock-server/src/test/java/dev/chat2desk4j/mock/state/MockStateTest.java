package dev.chat2desk4j.mock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.SendMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MockStateTest {

  @Test
  void addAccount_sameToken_returnsSameAccount() {
    MockState state = MockState.create();

    assertThat(state.addAccount("t")).isSameAs(state.addAccount("t"));
    assertThat(state.accountCount()).isEqualTo(1);
  }

  @Test
  void account_unknownToken_throwsWithoutEchoingIt() {
    MockState state = MockState.create();

    assertThatThrownBy(() -> state.account("secret-token"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secret-token");
    assertThat(state.find("secret-token")).isEmpty();
    assertThat(state.find(null)).isEmpty();
  }

  @Test
  void addAccount_blankToken_isRejected() {
    assertThatThrownBy(() -> MockState.create().addAccount(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reset_keepsAccountObjectAndReappliesSeeds() {
    MockState state = MockState.create();
    MockAccount account = state.addAccount("t", Seed.demo());
    account.createClient("New", "123");

    state.reset();

    assertThat(state.account("t")).isSameAs(account);
    assertThat(account.clients()).hasSize(5);
  }

  @Test
  void toString_neverShowsTokens() {
    MockState state = MockState.create();
    state.addAccount("secret-token");

    assertThat(state.toString()).doesNotContain("secret-token");
    assertThat(state.account("secret-token").toString()).doesNotContain("secret-token");
  }

  @Test
  void sendMessage_concurrentWriters_loseNothing() {
    MockAccount account = MockState.create().addAccount("t");
    account.createClient("Anna", "1");
    List<CompletableFuture<Void>> writers = new ArrayList<>();

    for (int t = 0; t < 8; t++) {
      writers.add(
          CompletableFuture.runAsync(
              () ->
                  IntStream.range(0, 2_000)
                      .forEach(i -> account.sendMessage(SendMessage.of(1, "x")))));
    }
    writers.forEach(CompletableFuture::join);

    assertThat(account.messages()).hasSize(16_000);
    assertThat(account.messages().get(15_999).id()).isEqualTo(16_000);
  }
}
