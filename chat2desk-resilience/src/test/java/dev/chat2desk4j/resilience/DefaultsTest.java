package dev.chat2desk4j.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Operation;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DefaultsTest {

  private final ScriptedChat2Desk delegate = new ScriptedChat2Desk();
  private final RetryRegistry retries = RetryRegistry.ofDefaults();
  private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
  private final RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();
  private final BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();

  private final Chat2Desk client =
      ResilientChat2Desk.wrap(delegate)
          .retryRegistry(retries)
          .circuitBreakerRegistry(breakers)
          .rateLimiterRegistry(limiters)
          .bulkheadRegistry(bulkheads)
          .build();

  @Test
  void build_noConfiguration_decoratesAWorkingClient() {
    assertThat(client.sendMessage(42, "hi")).isEqualTo(ScriptedChat2Desk.SENT);
    assertThat(client.allClients().count()).isZero();
  }

  @Test
  void rateLimiter_default_isTheWireFormatsTenRequestsPerSecond() {
    RateLimiterConfig config = limiters.rateLimiter("chat2desk").getRateLimiterConfig();

    assertThat(config.getLimitForPeriod()).isEqualTo(10);
    assertThat(config.getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void circuitBreaker_default_tripsInARealisticBurst() {
    CircuitBreakerConfig config = breakers.circuitBreaker("chat2desk").getCircuitBreakerConfig();

    assertThat(config.getSlidingWindowSize()).isEqualTo(20);
    assertThat(config.getMinimumNumberOfCalls()).isEqualTo(10);
    assertThat(config.getFailureRateThreshold()).isEqualTo(50f);
    assertThat(config.getSlowCallDurationThreshold()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.getWaitIntervalFunctionInOpenState().apply(1))
        .isEqualTo(Duration.ofSeconds(30).toMillis());
  }

  @Test
  void bulkhead_default_boundsConcurrentCalls() {
    BulkheadConfig config = bulkheads.bulkhead("chat2desk").getBulkheadConfig();

    assertThat(config.getMaxConcurrentCalls()).isEqualTo(20);
    assertThat(config.getMaxWaitDuration()).isZero();
  }

  @Test
  void retry_default_threeAttemptsPerOperation() {
    for (Operation operation : Operation.values()) {
      assertThat(
              retries
                  .retry("chat2desk." + operation.methodName())
                  .getRetryConfig()
                  .getMaxAttempts())
          .isEqualTo(3);
    }
  }

  @Test
  void builder_invalidArguments_rejectedAtOnce() {
    ResilientChat2Desk.Builder builder = ResilientChat2Desk.wrap(delegate);

    assertThatThrownBy(() -> builder.name(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> builder.maxRetryAfter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRetryAfter");
    assertThatThrownBy(() -> builder.meterRegistry(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("registry");
    assertThatThrownBy(() -> ResilientChat2Desk.wrap(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("delegate");
  }

  @Test
  void build_twice_givesIndependentClientsWithTheirOwnPolicies() {
    ResilientChat2Desk.Builder builder = ResilientChat2Desk.wrap(delegate);

    ResilientChat2Desk first = builder.build();
    ResilientChat2Desk second = builder.build();
    delegate.failNext(Operation.LIST_CLIENTS, Errors.unauthorized(Operation.LIST_CLIENTS));

    assertThat(first).isNotSameAs(second);
    assertThatThrownBy(first::listClients).hasMessageContaining("You need to auth");
    assertThat(second.listClients().items()).isEmpty();
  }
}
