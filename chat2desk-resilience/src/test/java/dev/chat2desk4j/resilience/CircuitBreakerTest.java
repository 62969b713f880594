package dev.chat2desk4j.resilience;

import static dev.chat2desk4j.api.Operation.LIST_CLIENTS;
import static dev.chat2desk4j.api.Operation.SEND_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.ServerException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private final ScriptedChat2Desk delegate = new ScriptedChat2Desk();
  private final MutableClock clock = new MutableClock();
  private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();

  /**
   * Opens after 2 failures out of 4 calls, reopens for trial after 10 s, times calls by the clock.
   */
  private final CircuitBreakerConfig config =
      CircuitBreakerConfig.custom()
          .slidingWindowSize(4)
          .minimumNumberOfCalls(4)
          .failureRateThreshold(50)
          .slowCallDurationThreshold(Duration.ofSeconds(2))
          .slowCallRateThreshold(50)
          .waitDurationInOpenState(Duration.ofSeconds(10))
          .permittedNumberOfCallsInHalfOpenState(2)
          .currentTimestampFunction(Clock -> clock.millis(), TimeUnit.MILLISECONDS)
          .build();

  private final Chat2Desk client =
      Fixtures.wrap(delegate, new ArrayList<>())
          .retry(RetryConfig.custom().maxAttempts(1).build())
          .circuitBreaker(config)
          .circuitBreakerRegistry(registry)
          .clock(clock)
          .build();

  private final CircuitBreaker breaker = registry.circuitBreaker("chat2desk");

  @Test
  void listClients_failuresReachThreshold_opensAndRejectsWithoutCallingDelegate() {
    failListClients(2);
    succeedListClients(2);

    assertThat(breaker.getState()).isEqualTo(State.OPEN);
    assertThatThrownBy(client::listClients)
        .isInstanceOfSatisfying(
            CallRejectedException.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(Reason.CIRCUIT_OPEN))
        .hasMessageContaining("circuit breaker 'chat2desk' is open");
    assertThat(delegate.calls(LIST_CLIENTS)).isEqualTo(4);
  }

  @Test
  void openBreaker_waitElapsed_halfOpensThenClosesOnSuccessfulTrials() {
    failListClients(4);
    clock.advance(Duration.ofSeconds(11));

    client.listClients();
    State afterFirstTrial = breaker.getState();
    client.listClients();

    assertThat(afterFirstTrial).isEqualTo(State.HALF_OPEN);
    assertThat(breaker.getState()).isEqualTo(State.CLOSED);
  }

  @Test
  void halfOpenBreaker_trialsFail_opensAgain() {
    failListClients(4);
    clock.advance(Duration.ofSeconds(11));

    failListClients(2);

    assertThat(breaker.getState()).isEqualTo(State.OPEN);
  }

  @Test
  void callerErrors_manyInARow_neverOpenTheBreaker() {
    for (int i = 0; i < 8; i++) {
      Chat2DeskException error =
          i % 2 == 0 ? Errors.notFound(SEND_MESSAGE) : Errors.invalid(SEND_MESSAGE);
      delegate.failNext(SEND_MESSAGE, error);
      assertThatThrownBy(() -> client.sendMessage(42, "hi")).isSameAs(error);
    }
    delegate.failNext(SEND_MESSAGE, Errors.rateLimited(SEND_MESSAGE, null));
    assertThatThrownBy(() -> client.sendMessage(42, "hi")).isInstanceOf(Chat2DeskException.class);

    assertThat(breaker.getState()).isEqualTo(State.CLOSED);
    assertThat(breaker.getMetrics().getNumberOfBufferedCalls()).isZero();
  }

  @Test
  void slowSuccessfulCalls_reachSlowRate_openTheBreaker() {
    delegate.onCall(operation -> clock.advance(Duration.ofSeconds(3)));

    for (int i = 0; i < 4; i++) {
      client.listClients();
    }

    assertThat(breaker.getState()).isEqualTo(State.OPEN);
    assertThat(breaker.getMetrics().getNumberOfSlowSuccessfulCalls()).isEqualTo(4);
  }

  @Test
  void openBreaker_sendMessage_rejectedAsCallRejectedException() {
    failListClients(4);

    assertThatThrownBy(() -> client.sendMessage(42, "hi"))
        .isInstanceOf(CallRejectedException.class)
        .hasMessageContaining("Nothing was sent");
    assertThat(delegate.calls(SEND_MESSAGE)).isZero();
  }

  private void failListClients(int times) {
    for (int i = 0; i < times; i++) {
      delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS));
      assertThatThrownBy(client::listClients).isInstanceOf(ServerException.class);
    }
  }

  private void succeedListClients(int times) {
    for (int i = 0; i < times; i++) {
      client.listClients();
    }
  }
}
