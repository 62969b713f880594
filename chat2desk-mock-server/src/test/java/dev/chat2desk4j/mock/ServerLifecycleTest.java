package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.state.Seed;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {

  @Test
  void start_bindsLoopbackOnAFreePort() {
    try (Chat2DeskMockServer server = Chat2DeskMockServer.builder().token("t").build().start()) {
      assertThat(server.port()).isPositive();
      assertThat(server.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + server.port());
    }
  }

  @Test
  void close_isIdempotentAndReleasesThePort() throws IOException {
    Chat2DeskMockServer server = Chat2DeskMockServer.builder().token("t").build().start();
    int port = server.port();

    server.close();
    server.close();

    try (ServerSocket socket = new ServerSocket(port)) {
      assertThat(socket.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  void baseUrl_afterClose_isRejectedRatherThanAnsweringAPortThatIsGone() {
    Chat2DeskMockServer server = Chat2DeskMockServer.builder().token("t").build().start();

    server.close();

    assertThatThrownBy(server::baseUrl)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The server is closed");
  }

  @Test
  void start_twice_isRejected() {
    try (Chat2DeskMockServer server = Chat2DeskMockServer.builder().token("t").build().start()) {
      assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void port_beforeStart_isRejected() {
    Chat2DeskMockServer server = Chat2DeskMockServer.builder().token("t").build();

    assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void build_withoutAccount_isRejected() {
    assertThatThrownBy(() -> Chat2DeskMockServer.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("token");
  }

  @Test
  void builder_invalidArguments_areRejectedAtOnce() {
    Chat2DeskMockServer.Builder builder = Chat2DeskMockServer.builder();

    assertThatThrownBy(() -> builder.port(70_000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.token(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.journalCapacity(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void state_givenExisting_isServedAndShared() {
    MockState state = MockState.create();
    state.addAccount("shared").createClient("Anna", "1");

    try (Chat2DeskMockServer server = Chat2DeskMockServer.builder().state(state).build().start()) {
      Http http = new Http(server.baseUrl(), "shared");

      assertThat(server.state()).isSameAs(state);
      assertThat(http.get("/v1/clients").json().at("/meta/total").asInt()).isEqualTo(1);
    }
  }

  @Test
  void isRunning_tracksStartAndClose() {
    Chat2DeskMockServer server = Chat2DeskMockServer.builder().token("t").build();

    assertThat(server.isRunning()).isFalse();
    server.start();
    assertThat(server.isRunning()).isTrue();
    server.close();
    assertThat(server.isRunning()).isFalse();
  }

  @Test
  void addAccountAndSeed_whileRunning_servedAtOnceAndKeptOverReset() {
    try (Chat2DeskMockServer server = Chat2DeskMockServer.builder().token("t").build().start()) {
      server.addAccount("late");
      server.seed("late", Seed.demo());
      server.seed(Seed.builder().operator("Extra").build());

      server.reset();

      Http http = new Http(server.baseUrl(), "late");
      assertThat(http.get("/v1/clients").json().at("/meta/total").asInt()).isEqualTo(5);
      assertThat(server.state().account("late").operators()).hasSize(4);
      assertThat(server.state().account("t").operators()).hasSize(1);
    }
  }

  @Test
  void toString_neverShowsTokens() {
    try (Chat2DeskMockServer server = Chat2DeskMockServer.builder().token("secret-token").build()) {
      assertThat(server.toString()).doesNotContain("secret-token");
    }
  }
}
