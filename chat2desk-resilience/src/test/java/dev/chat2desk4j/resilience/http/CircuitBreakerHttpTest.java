package dev.chat2desk4j.resilience.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.resilience.MutableClock;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The breaker over real HTTP: opens on 5xx, rejects without a request, half-opens and closes. */
class CircuitBreakerHttpTest {

  private final Chat2DeskMockServer server = MockApi.start();
  private final MutableClock clock = new MutableClock();
  private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
  private final Chat2Desk client =
      ResilientChat2Desk.wrap(MockApi.feign(server.baseUrl()))
          .rateLimiter(MockApi.unlimited())
          .retry(RetryConfig.custom().maxAttempts(1).build())
          .circuitBreaker(
              CircuitBreakerConfig.custom()
                  .slidingWindowSize(4)
                  .minimumNumberOfCalls(4)
                  .failureRateThreshold(50)
                  .waitDurationInOpenState(Duration.ofSeconds(30))
                  .permittedNumberOfCallsInHalfOpenState(2)
                  .build())
          .circuitBreakerRegistry(breakers)
          .clock(clock)
          .build();
  private final CircuitBreaker breaker = breakers.circuitBreaker("chat2desk");

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void breaker_failuresThenWaitThenSuccesses_opensRejectsHalfOpensAndCloses() {
    server.faults().on(Operation.LIST_CLIENTS).respond(503).times(4);
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(client::listClients).isInstanceOf(ServerException.class);
    }
    assertThat(breaker.getState()).isEqualTo(State.OPEN);

    assertThatThrownBy(client::listClients)
        .isInstanceOfSatisfying(
            CallRejectedException.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(Reason.CIRCUIT_OPEN));
    assertThat(MockApi.requests(server, "GET", "/v1/clients")).hasSize(4);

    clock.advance(Duration.ofSeconds(31));
    client.listClients();
    assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
    client.listClients();

    assertThat(breaker.getState()).isEqualTo(State.CLOSED);
    assertThat(MockApi.statuses(server, "GET", "/v1/clients"))
        .containsExactly(503, 503, 503, 503, 200, 200);
  }

  @Test
  void breaker_manyNotFounds_staysClosed() {
    for (int i = 0; i < 6; i++) {
      assertThatThrownBy(() -> client.listMessages(999_999)).isInstanceOf(NotFoundException.class);
    }

    assertThat(breaker.getState()).isEqualTo(State.CLOSED);
  }
}
