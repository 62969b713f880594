package dev.chat2desk4j.resilience;

import static dev.chat2desk4j.api.Operation.LIST_CLIENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.ServerException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
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
  void withToken_accountsFailures_openOnlyThatAccountsBreaker() {
    Chat2Desk troubled = client.withToken("token-b");
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS), Errors.server(LIST_CLIENTS));

    assertThatThrownBy(troubled::listClients).isInstanceOf(ServerException.class);
    assertThatThrownBy(troubled::listClients).isInstanceOf(ServerException.class);

    assertThatThrownBy(troubled::listClients)
        .isInstanceOfSatisfying(
            CallRejectedException.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(Reason.CIRCUIT_OPEN))
        .hasMessageContaining("circuit breaker 'chat2desk@" + AccountGuards.shortId("token-b"))
        .hasMessageNotContaining("token-b");
    assertThatThrownBy(client.withToken("token-b")::listClients)
        .as("another view of the same account shares its breaker")
        .isInstanceOf(CallRejectedException.class);
    client.listClients();
    client.withToken("token-c").listClients();
    assertThat(breakers.circuitBreaker("chat2desk").getState())
        .isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void withToken_accountsRateLimit_isItsOwn() {
    ResilientChat2Desk limited =
        Fixtures.wrap(delegate, new ArrayList<>())
            .rateLimiter(
                RateLimiterConfig.custom()
                    .limitForPeriod(1)
                    .limitRefreshPeriod(Duration.ofHours(1))
                    .timeoutDuration(Duration.ZERO)
                    .build())
            .build();
    Chat2Desk busy = limited.withToken("token-b");
    busy.listClients();

    assertThatThrownBy(busy::listClients)
        .isInstanceOfSatisfying(
            CallRejectedException.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(Reason.RATE_LIMITED));
    limited.withToken("token-c").listClients();
    limited.listClients();
  }

  @Test
  void withToken_accountsGuards_stayOutOfTheRegistries() {
    client.withToken("token-b").listClients();
    client.withToken("token-c").listClients();

    assertThat(breakers.getAllCircuitBreakers())
        .extracting(CircuitBreaker::getName)
        .containsExactly("chat2desk");
  }

  @Test
  void withToken_moreAccountsThanKept_dropsTheLeastRecentlyViewedAndStartsItAfresh() {
    ResilientChat2Desk bounded =
        Fixtures.wrap(delegate, new ArrayList<>())
            .retry(RetryConfig.custom().maxAttempts(1).build())
            .circuitBreaker(
                CircuitBreakerConfig.custom().slidingWindowSize(1).minimumNumberOfCalls(1).build())
            .maxAccounts(2)
            .build();
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS));
    assertThatThrownBy(bounded.withToken("token-b")::listClients)
        .isInstanceOf(ServerException.class);
    assertThatThrownBy(bounded.withToken("token-b")::listClients)
        .isInstanceOf(CallRejectedException.class);

    bounded.withToken("token-c").listClients();
    bounded.withToken("token-d").listClients();

    bounded.withToken("token-b").listClients();
  }

  @Test
  void withToken_sharesTheMeters() {
    client.withToken("token-b").listClients();
    client.listClients();

    assertThat(
            meters
                .get("chat2desk.requests")
                .tags("operation", "listClients", "outcome", "SUCCESS")
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
  void toString_namesThePoliciesAndAShortAccountIdNotTheToken() {
    assertThat(client.withToken("secret-token").toString())
        .contains("chat2desk")
        .contains("account=" + AccountGuards.shortId("secret-token"))
        .doesNotContain("secret-token");
  }
}
