package dev.chat2desk4j.resilience;

import static dev.chat2desk4j.api.Operation.LIST_CLIENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.ServerException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class WithTokenTest {

  private final ScriptedChat2Desk delegate = new ScriptedChat2Desk();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
  private final ResilientChat2Desk client =
      Fixtures.wrap(delegate, new ArrayList<>())
          .retry(RetryConfig.custom().maxAttempts(1).build())
          .circuitBreaker(
              CircuitBreakerConfig.custom().slidingWindowSize(2).minimumNumberOfCalls(2).build())
          .circuitBreakerRegistry(breakers)
          .meterRegistry(meters)
          .build();

  @Test
  void withToken_callsGoToTheDelegatesViewForThatToken() {
    Chat2Desk view = client.withToken("token-b");

    view.listClients();
    client.listClients();

    assertThat(view).isInstanceOf(ResilientChat2Desk.class);
    assertThat(delegate.tokensCalled()).containsExactly("token-b", "token-root");
  }

  @Test
  void withToken_sharesTheCircuitBreaker() {
    Chat2Desk view = client.withToken("token-b");
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS), Errors.server(LIST_CLIENTS));

    assertThatThrownBy(view::listClients).isInstanceOf(ServerException.class);
    assertThatThrownBy(view::listClients).isInstanceOf(ServerException.class);

    assertThat(breakers.circuitBreaker("chat2desk").getState()).isEqualTo(State.OPEN);
    assertThatThrownBy(client::listClients).isInstanceOf(CallRejectedException.class);
  }

  @Test
  void withToken_sharesTheMeters() {
    client.withToken("token-b").listClients();
    client.listClients();

    assertThat(
            meters
                .get("chat2desk.requests")
                .tags("operation", "listClients", "outcome", "success")
                .timer()
                .count())
        .isEqualTo(2);
  }

  @Test
  void close_view_closesOnlyItsDelegateView() {
    Chat2Desk view = client.withToken("token-b");

    view.close();

    assertThat(delegate.closed()).isFalse();
    client.close();
    assertThat(delegate.closed()).isTrue();
  }

  @Test
  void toString_namesThePoliciesNotTheToken() {
    assertThat(client.withToken("secret-token").toString())
        .contains("chat2desk")
        .doesNotContain("secret-token");
  }
}
