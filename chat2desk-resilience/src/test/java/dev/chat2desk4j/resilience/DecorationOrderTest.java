package dev.chat2desk4j.resilience;

import static dev.chat2desk4j.api.Operation.LIST_CLIENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.CallDeadline;
import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Chat2Desk;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Pins the formula of the class Javadoc, {@code Metrics(Deadline(Retry(RateLimiter(Bulkhead(
 * CircuitBreaker(delegate))))))}, one neighbouring pair per test, by what each layer can observe of
 * the others.
 */
class DecorationOrderTest {

  private static final int PERMITS = 10;
  private static final int SLOTS = 4;

  private final ScriptedChat2Desk delegate = new ScriptedChat2Desk();
  private final RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();
  private final BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
  private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
  private final MockClock meterClock = new MockClock();
  private final SimpleMeterRegistry meters =
      new SimpleMeterRegistry(SimpleConfig.DEFAULT, meterClock);
  private final List<Integer> freeSlotsWhileWaiting = new CopyOnWriteArrayList<>();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  private final Chat2Desk client =
      ResilientChat2Desk.wrap(delegate)
          .jitter(() -> 1.0)
          .rateLimiter(
              RateLimiterConfig.custom()
                  .limitForPeriod(PERMITS)
                  .limitRefreshPeriod(Duration.ofHours(1))
                  .timeoutDuration(Duration.ZERO)
                  .build())
          .bulkhead(BulkheadConfig.custom().maxConcurrentCalls(SLOTS).build())
          .rateLimiterRegistry(limiters)
          .bulkheadRegistry(bulkheads)
          .circuitBreakerRegistry(breakers)
          .meterRegistry(meters)
          .sleeper(
              wait -> {
                freeSlotsWhileWaiting.add(bulkhead().getMetrics().getAvailableConcurrentCalls());
                meterClock.add(wait);
              })
          .build();

  @Test
  void metricsOutsideRetry_oneTimerRecordSpansAllAttemptsAndWaits() {
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS), Errors.server(LIST_CLIENTS));

    client.listClients();

    Timer timer =
        meters
            .get("chat2desk.requests")
            .tags("operation", "listClients", "outcome", "SUCCESS")
            .timer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(200 + 400);
  }

  @Test
  void metricsOutsideDeadline_aCallTheDeadlineRefusesIsTimedAsRejected() {
    assertThatThrownBy(() -> CallDeadline.within(Duration.ZERO, client::listClients))
        .isInstanceOf(CallRejectedException.class);

    assertThat(
            meters
                .get("chat2desk.requests")
                .tags("operation", "listClients", "outcome", "REJECTED")
                .timer()
                .count())
        .isOne();
  }

  @Test
  void deadlineOutsideRetry_theRetrysWaitsAreCutToTheCallsDeadline() {
    Chat2Desk bounded =
        ResilientChat2Desk.wrap(delegate)
            .rateLimiter(Fixtures.unlimited())
            .retry(RetryConfig.custom().waitDuration(Duration.ofHours(1)).build())
            .sleeper(waits::add)
            .deadline(Duration.ofSeconds(1))
            .build();
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS));

    bounded.listClients();

    assertThat(waits)
        .singleElement()
        .satisfies(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofSeconds(1)));
  }

  @Test
  void retryOutsideRateLimiter_everyAttemptTakesAPermit() {
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS), Errors.server(LIST_CLIENTS));

    client.listClients();

    assertThat(limiter().getMetrics().getAvailablePermissions()).isEqualTo(PERMITS - 3);
  }

  @Test
  void retryOutsideBulkhead_noSlotHeldWhileWaitingForNextAttempt() {
    List<Integer> freeSlotsInCall = new CopyOnWriteArrayList<>();
    delegate.onCall(
        op -> freeSlotsInCall.add(bulkhead().getMetrics().getAvailableConcurrentCalls()));
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS));

    client.listClients();

    assertThat(freeSlotsInCall).containsExactly(SLOTS - 1, SLOTS - 1);
    assertThat(freeSlotsWhileWaiting).containsExactly(SLOTS);
  }

  @Test
  void retryOutsideCircuitBreaker_breakerJudgesEveryAttempt() {
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS), Errors.server(LIST_CLIENTS));

    client.listClients();

    assertThat(breaker().getMetrics().getNumberOfBufferedCalls()).isEqualTo(3);
    assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(2);
  }

  @Test
  void rateLimiterOutsideCircuitBreaker_openBreakerRejectsAfterThePermitIsTaken() {
    breaker().transitionToOpenState();

    assertThatThrownBy(client::listClients)
        .isInstanceOfSatisfying(
            CallRejectedException.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(Reason.CIRCUIT_OPEN));
    assertThat(limiter().getMetrics().getAvailablePermissions()).isEqualTo(PERMITS - 1);
  }

  @Test
  void bulkheadOutsideCircuitBreaker_fullBulkheadRejectsBeforeTheBreakerIsAsked() {
    breaker().transitionToOpenState();
    for (int i = 0; i < SLOTS; i++) {
      bulkhead().acquirePermission();
    }

    try {
      assertThatThrownBy(client::listClients)
          .isInstanceOfSatisfying(
              CallRejectedException.class,
              rejected -> assertThat(rejected.reason()).isEqualTo(Reason.BULKHEAD_FULL));
    } finally {
      for (int i = 0; i < SLOTS; i++) {
        bulkhead().onComplete();
      }
    }
    assertThat(breaker().getMetrics().getNumberOfNotPermittedCalls()).isZero();
  }

  @Test
  void rateLimiterOutsideBulkhead_noPermitRejectsBeforeTheBulkheadIsAsked() {
    limiter().drainPermissions();
    for (int i = 0; i < SLOTS; i++) {
      bulkhead().acquirePermission();
    }

    try {
      assertThatThrownBy(client::listClients)
          .isInstanceOfSatisfying(
              CallRejectedException.class,
              rejected -> assertThat(rejected.reason()).isEqualTo(Reason.RATE_LIMITED));
    } finally {
      for (int i = 0; i < SLOTS; i++) {
        bulkhead().onComplete();
      }
    }
  }

  private RateLimiter limiter() {
    return limiters.rateLimiter("chat2desk");
  }

  private Bulkhead bulkhead() {
    return bulkheads.bulkhead("chat2desk");
  }

  private CircuitBreaker breaker() {
    return breakers.circuitBreaker("chat2desk");
  }
}
