package dev.chat2desk4j.resilience.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.api.TransportException;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import dev.chat2desk4j.resilience.Sleeper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** sendMessage over real HTTP: retried only when the API provably did not accept the message. */
class NoDuplicateSendTest {

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable resource : resources) {
      resource.close();
    }
  }

  @Test
  void sendMessage_acceptedThenAnsweredAfterReadTimeout_failsOnceAndServerHoldsOneMessage() {
    Chat2DeskMockServer server = keep(MockApi.start());
    long customer = MockApi.customer(server.state());
    server.faults().on(Operation.SEND_MESSAGE).acceptThenDelay(Duration.ofMillis(1500)).once();
    Chat2Desk client = resilient(MockApi.feign(server.baseUrl(), Duration.ofMillis(500)));

    assertThatThrownBy(() -> client.sendMessage(customer, "Your order has shipped"))
        .isInstanceOfSatisfying(
            TransportException.class,
            failure -> assertThat(failure.mayHaveBeenDelivered()).isTrue());

    // The fake journals the request once it has stored the message and waited out the delay.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !MockApi.requests(server, "POST", "/v1/messages").isEmpty());
    assertThat(MockApi.requests(server, "POST", "/v1/messages")).hasSize(1);
    assertThat(server.state().account(MockApi.TOKEN).messagesOf(customer)).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void sendMessage_connectionRefusedThenOk_succeedsAndServerHoldsOneMessage() {
    Chat2DeskMockServer first = MockApi.start();
    MockState state = first.state();
    long customer = MockApi.customer(state);
    int port = first.port();
    URI baseUrl = first.baseUrl();
    first.close();
    Chat2Desk client =
        resilientWith(
            MockApi.feign(baseUrl),
            wait -> {
              waits.add(wait);
              if (waits.size() == 1) {
                keep(MockApi.restart(port, state));
              }
            });

    client.sendMessage(customer, "Your order has shipped");

    assertThat(waits).hasSize(1);
    assertThat(state.account(MockApi.TOKEN).messagesOf(customer)).hasSize(1);
    Chat2DeskMockServer restarted = (Chat2DeskMockServer) resources.get(resources.size() - 1);
    assertThat(MockApi.statuses(restarted, "POST", "/v1/messages")).containsExactly(200);
  }

  @Test
  void sendMessage_rateLimitedWithRetryAfterOneSecondThenOk_waitsOneSecondAndStoresOneMessage() {
    Chat2DeskMockServer server = keep(MockApi.start());
    long customer = MockApi.customer(server.state());
    server
        .faults()
        .on(Operation.SEND_MESSAGE)
        .respond(429)
        .retryAfter(Duration.ofSeconds(1))
        .once();
    Chat2Desk client = resilient(MockApi.feign(server.baseUrl()));

    client.sendMessage(customer, "Your order has shipped");

    assertThat(waits).containsExactly(Duration.ofSeconds(1));
    assertThat(server.state().account(MockApi.TOKEN).messagesOf(customer)).hasSize(1);
    assertThat(MockApi.statuses(server, "POST", "/v1/messages")).containsExactly(429, 200);
  }

  @Test
  void sendMessage_serverError_failsWithoutRetry() {
    Chat2DeskMockServer server = keep(MockApi.start());
    long customer = MockApi.customer(server.state());
    server.faults().on(Operation.SEND_MESSAGE).respond(503).once();
    Chat2Desk client = resilient(MockApi.feign(server.baseUrl()));

    assertThatThrownBy(() -> client.sendMessage(customer, "hi"))
        .isInstanceOf(ServerException.class);

    assertThat(MockApi.statuses(server, "POST", "/v1/messages")).containsExactly(503);
  }

  private Chat2Desk resilient(Chat2Desk feign) {
    return resilientWith(feign, waits::add);
  }

  private Chat2Desk resilientWith(Chat2Desk feign, Sleeper sleeper) {
    return keep(
        ResilientChat2Desk.wrap(feign).rateLimiter(MockApi.unlimited()).sleeper(sleeper).build());
  }

  private <T extends AutoCloseable> T keep(T resource) {
    resources.add(resource);
    return resource;
  }
}
