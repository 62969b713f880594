package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.SendMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Transport failures, tokens and the request on the wire, for every HTTP client: the second half of
 * the behaviour suite that {@link AbstractHttpClientTest} starts.
 */
abstract class AbstractHttpClientFailuresTest extends AbstractHttpClientTest {

  private static final Duration SHORT = Duration.ofMillis(300);
  private static final Duration LONGER = Duration.ofMillis(1200);

  @Nested
  @DisplayName("transport failures")
  class TransportFailures {

    @Test
    void connectRefused_isTransportErrorThatNeverReachedTheServer() throws IOException {
      try (FeignChat2Desk nowhere = builder().baseUrl(closedPort()).build()) {

        assertTransport(catchThrowable(nowhere::listClients), false);
        assertTransport(catchThrowable(() -> nowhere.sendMessage(1, "hi")), false);
      }
    }

    @Test
    void unknownHost_isTransportErrorThatNeverReachedTheServer() {
      // .invalid is reserved (RFC 2606): resolving it fails at once, with or without a network.
      try (FeignChat2Desk nowhere =
          builder().baseUrl(URI.create("http://chat2desk.invalid")).build()) {

        assertTransport(catchThrowable(() -> nowhere.sendMessage(1, "hi")), false);
      }
    }

    @Test
    void readTimeout_isTransportErrorThatMayHaveBeenDelivered() {
      server.faults().on(Operation.LIST_CLIENTS).delay(LONGER).once();

      try (FeignChat2Desk impatient = builder().readTimeout(SHORT).build()) {

        assertTransport(catchThrowable(impatient::listClients), true);
        // The server answers after the delay; wait so the next test starts with a quiet server.
        awaitJournal("GET", "/v1/clients", 1);
      }
    }

    @Test
    void callTimeout_boundsACallWhoseReadTimeoutIsLong() {
      server.faults().on(Operation.LIST_CLIENTS).delay(LONGER).once();

      try (FeignChat2Desk bounded =
          builder().readTimeout(Duration.ofSeconds(30)).callTimeout(SHORT).build()) {

        assertTransport(catchThrowable(bounded::listClients), true);
        awaitJournal("GET", "/v1/clients", 1);
      }
    }

    @Test
    void droppedConnection_isTransportErrorThatMayHaveBeenDelivered() {
      server.faults().on(Operation.LIST_CLIENTS).dropConnection().always();

      assertTransport(catchThrowable(client::listClients), true);
    }

    @Test
    void sendDroppedConnection_isSentExactlyOnce() {
      Client anna = account(TOKEN_A).createClient("Anna", "79001234567");
      server.faults().on(Operation.SEND_MESSAGE).dropConnection().once();

      Throwable thrown = catchThrowable(() -> client.sendMessage(anna.id(), "only once"));

      assertTransport(thrown, true);
      assertThat(journal("POST", "/v1/messages")).hasSize(1);
    }

    @Test
    void sendAcceptedThenSlowAnswer_mayHaveBeenDeliveredAndWasStored() {
      Client anna = account(TOKEN_A).createClient("Anna", "79001234567");
      server.faults().on(Operation.SEND_MESSAGE).acceptThenDelay(LONGER).once();

      try (FeignChat2Desk impatient = builder().readTimeout(SHORT).build()) {
        Throwable thrown = catchThrowable(() -> impatient.sendMessage(anna.id(), "stored"));

        assertTransport(thrown, true);
        assertThat(account(TOKEN_A).messagesOf(anna.id())).hasSize(1);
        awaitJournal("POST", "/v1/messages", 1);
        assertThat(journal("POST", "/v1/messages")).hasSize(1);
      }
    }
  }

  @Nested
  @DisplayName("tokens")
  class Tokens {

    @Test
    void withToken_sharesTheClientAndItsPooledConnection() throws IOException {
      account(TOKEN_B).createClient("Boris", "79007654321");
      try (TcpRelay relay = TcpRelay.to(server.baseUrl());
          FeignChat2Desk owner = builder().baseUrl(relay.uri()).build()) {
        FeignChat2Desk other = owner.withToken(TOKEN_B);

        for (int i = 0; i < 5; i++) {
          assertThat(owner.listClients().total()).hasValue(0);
          assertThat(other.listClients().total()).hasValue(1);
        }

        assertThat(other.transport()).isSameAs(owner.transport());
        assertThat(other.transport().client()).isSameAs(owner.transport().client());
        assertThat(relay.connectionsAccepted()).isOne();
      }
    }

    @Test
    void withToken_closingTheView_keepsTheSharedClientOpen() {
      FeignChat2Desk other = client.withToken(TOKEN_B);

      other.close();

      assertThat(client.listClients().total()).hasValue(0);
      assertThat(other.listClients().total()).hasValue(0);
    }
  }

  @Nested
  @DisplayName("the request on the wire")
  class OnTheWire {

    @Test
    void sendMessage_carriesRawTokenUserAgentAndJsonBody() throws IOException {
      try (HeaderRecorder recorder = HeaderRecorder.start();
          FeignChat2Desk wired = builder().baseUrl(recorder.uri()).build()) {

        wired.sendMessage(SendMessage.of(42, "hi"));

        assertThat(recorder.header("Authorization")).isEqualTo(TOKEN_A);
        assertThat(recorder.header("User-Agent")).isEqualTo(FeignChat2Desk.DEFAULT_USER_AGENT);
        assertThat(recorder.header("Content-Type")).startsWith("application/json");
        assertThat(recorder.header("Accept")).isEqualTo("application/json");
        assertThat(recorder.body())
            .isEqualTo("{\"client_id\":42,\"text\":\"hi\",\"type\":\"to_client\"}");
      }
    }

    @Test
    void tokenAndUserAgentWithTemplateBraces_areSentVerbatim() throws IOException {
      try (HeaderRecorder recorder = HeaderRecorder.start();
          FeignChat2Desk wired =
              builder()
                  .baseUrl(recorder.uri())
                  .token("ab{cd}ef")
                  .userAgent("my-app/{version} via chat2desk4j")
                  .build()) {

        wired.sendMessage(SendMessage.of(42, "hi"));

        assertThat(recorder.header("Authorization")).isEqualTo("ab{cd}ef");
        assertThat(recorder.header("User-Agent")).isEqualTo("my-app/{version} via chat2desk4j");
      }
    }
  }

  private static URI closedPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    return URI.create("http://127.0.0.1:" + port);
  }
}
