package dev.chat2desk4j.resilience.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RateLimitedException;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.api.TransportException;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every outcome of real HTTP calls, as the timer and counters on a SimpleMeterRegistry show it. */
class MetricsHttpTest {

  private final Chat2DeskMockServer server = MockApi.start();
  private final long customer = MockApi.customer(server.state());
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
  private final Chat2Desk client =
      ResilientChat2Desk.wrap(MockApi.feign(server.baseUrl()))
          .rateLimiter(MockApi.unlimited())
          .circuitBreakerRegistry(breakers)
          .meterRegistry(meters)
          .sleeper(new ArrayList<>()::add)
          .build();

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void eachOutcome_recordedOnceWithItsTagsAndRetriesCounted() {
    client.sendMessage(customer, "hi");
    assertThatThrownBy(() -> client.listMessages(999_999)).isInstanceOf(NotFoundException.class);
    server.faults().on(Operation.LIST_TRANSFERS).respond(503).times(3);
    assertThatThrownBy(client::listTransfers).isInstanceOf(ServerException.class);
    server.faults().on(Operation.LIST_CLIENTS).respond(429).times(3);
    assertThatThrownBy(client::listClients).isInstanceOf(RateLimitedException.class);
    server.faults().on(Operation.SEND_MESSAGE).dropConnection().once();
    assertThatThrownBy(() -> client.sendMessage(customer, "hi"))
        .isInstanceOf(TransportException.class);
    breakers.circuitBreaker("chat2desk").transitionToOpenState();
    assertThatThrownBy(() -> client.listMessages(customer))
        .isInstanceOf(CallRejectedException.class);

    assertThat(count("sendMessage", "SUCCESS", "none")).isEqualTo(1);
    assertThat(count("listMessages", "CLIENT_ERROR", "NotFoundException")).isEqualTo(1);
    assertThat(count("listTransfers", "SERVER_ERROR", "ServerException")).isEqualTo(1);
    assertThat(count("listClients", "RATE_LIMITED", "RateLimitedException")).isEqualTo(1);
    assertThat(count("sendMessage", "UNKNOWN", "TransportException")).isEqualTo(1);
    assertThat(count("listMessages", "REJECTED", "CallRejectedException")).isEqualTo(1);
    assertThat(retries("listTransfers")).isEqualTo(2);
    assertThat(retries("listClients")).isEqualTo(2);
    assertThat(retries("sendMessage")).isZero();
    assertThat(retries("listMessages")).isZero();
    assertThat(
            meters
                .get("resilience4j.circuitbreaker.not.permitted.calls")
                .tag("name", "chat2desk")
                .counter()
                .count())
        .isEqualTo(1);
  }

  private long count(String operation, String outcome, String exception) {
    return meters
        .get("chat2desk.requests")
        .tags("operation", operation, "outcome", outcome, "exception", exception)
        .timer()
        .count();
  }

  private double retries(String operation) {
    return meters.get("chat2desk.retries").tag("operation", operation).counter().count();
  }
}
