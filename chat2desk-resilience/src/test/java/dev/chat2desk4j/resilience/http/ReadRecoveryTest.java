package dev.chat2desk4j.resilience.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list operations over real HTTP recover from transient failures, waiting as told. */
class ReadRecoveryTest {

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private Chat2DeskMockServer server;
  private Chat2Desk client;
  private long customer;

  @BeforeEach
  void start() {
    server = MockApi.start();
    customer = MockApi.customer(server.state());
    client =
        ResilientChat2Desk.wrap(MockApi.feign(server.baseUrl()))
            .rateLimiter(MockApi.unlimited())
            .jitter(() -> 1.0)
            .sleeper(waits::add)
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void listClients_two503s_recoversOnThirdAttempt() {
    server.faults().on(Operation.LIST_CLIENTS).respond(503).times(2);

    assertThat(client.listClients().items()).extracting(c -> c.id()).containsExactly(customer);

    assertThat(MockApi.statuses(server, "GET", "/v1/clients")).containsExactly(503, 503, 200);
    assertThat(waits)
        .containsExactly(
            Duration.ofMillis(200), Duration.ofMillis(400)); // backoff: no Retry-After was sent
  }

  @Test
  void listTransfers_429WithRetryAfter_waitsExactlyRetryAfter() {
    server
        .faults()
        .on(Operation.LIST_TRANSFERS)
        .respond(429)
        .retryAfter(Duration.ofSeconds(2))
        .once();

    client.listTransfers();

    assertThat(waits).containsExactly(Duration.ofSeconds(2));
    assertThat(MockApi.statuses(server, "GET", "/v1/transfers")).containsExactly(429, 200);
  }

  @Test
  void listClients_503WithRetryAfter_waitsExactlyRetryAfter() {
    server
        .faults()
        .on(Operation.LIST_CLIENTS)
        .respond(503)
        .retryAfter(Duration.ofSeconds(3))
        .once();

    client.listClients();

    assertThat(waits).containsExactly(Duration.ofSeconds(3));
    assertThat(MockApi.statuses(server, "GET", "/v1/clients")).containsExactly(503, 200);
  }

  @Test
  void sendMessage_503WithRetryAfter_isStillNeverRepeated() {
    server
        .faults()
        .on(Operation.SEND_MESSAGE)
        .respond(503)
        .retryAfter(Duration.ofSeconds(1))
        .once();

    assertThatThrownBy(() -> client.sendMessage(customer, "Your order has shipped"))
        .isInstanceOf(ServerException.class)
        .satisfies(
            e -> assertThat(((ServerException) e).retryAfter()).contains(Duration.ofSeconds(1)));

    assertThat(waits).isEmpty();
    assertThat(MockApi.statuses(server, "POST", "/v1/messages")).containsExactly(503);
  }

  @Test
  void listMessages_droppedConnectionThenReadTimeout_recovers() {
    server.state().account(MockApi.TOKEN).receiveMessage(customer, "Where is my order?");
    server.faults().on(Operation.LIST_MESSAGES).dropConnection().once();

    assertThat(client.listMessages(customer).items()).hasSize(1);

    assertThat(MockApi.statuses(server, "GET", "/v1/messages")).containsExactly(0, 200);
  }
}
