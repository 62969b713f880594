package dev.chat2desk4j.resilience;

import static dev.chat2desk4j.api.Operation.LIST_CLIENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.CallDeadline;
import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.RateLimitedException;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The overall deadline of a resilient call: every wait is cut to it and no attempt outlives it. */
class DeadlineTest {

  private static final Duration DEADLINE = Duration.ofMillis(300);

  private final ScriptedChat2Desk delegate = new ScriptedChat2Desk();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Test
  void backoff_longerThanTheTimeLeft_isCutToIt() {
    Chat2Desk client =
        Fixtures.wrap(delegate, waits).retry(tenSecondWaits()).deadline(DEADLINE).build();
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS));

    client.listClients();

    assertThat(waits)
        .singleElement()
        .satisfies(wait -> assertThat(wait).isLessThanOrEqualTo(DEADLINE));
  }

  @Test
  void backoff_spendingTheDeadline_startsNoFurtherAttemptAndThrowsTheLastFailure() {
    Chat2Desk client =
        ResilientChat2Desk.wrap(delegate)
            .rateLimiter(Fixtures.unlimited())
            .retry(tenSecondWaits())
            .deadline(DEADLINE)
            .build();
    Chat2DeskException first = Errors.server(LIST_CLIENTS);
    delegate.failNext(LIST_CLIENTS, first);
    long start = System.nanoTime();

    assertThatThrownBy(client::listClients).isSameAs(first);

    assertThat(delegate.calls(LIST_CLIENTS)).isOne();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(DEADLINE.minusMillis(50), DEADLINE.plusSeconds(2));
  }

  @Test
  void retryAfter_longerThanTheTimeLeft_failsAtOnceWithoutWaiting() {
    Chat2Desk client = Fixtures.wrap(delegate, waits).deadline(Duration.ofSeconds(2)).build();
    delegate.failNext(LIST_CLIENTS, Errors.rateLimited(LIST_CLIENTS, Duration.ofSeconds(5)));

    assertThatThrownBy(client::listClients).isInstanceOf(RateLimitedException.class);

    assertThat(waits).isEmpty();
    assertThat(delegate.calls(LIST_CLIENTS)).isOne();
  }

  @Test
  void rateLimiterWait_longerThanTheTimeLeft_isRefusedAtOnce() {
    Chat2Desk client =
        Fixtures.wrap(delegate, waits)
            .rateLimiter(
                RateLimiterConfig.custom()
                    .limitForPeriod(1)
                    .limitRefreshPeriod(Duration.ofHours(1))
                    .timeoutDuration(Duration.ofHours(1))
                    .build())
            .deadline(DEADLINE)
            .build();
    client.listClients();
    long start = System.nanoTime();

    assertThatThrownBy(client::listClients)
        .isInstanceOfSatisfying(
            CallRejectedException.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(Reason.RATE_LIMITED));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plusSeconds(2));
    assertThat(delegate.calls(LIST_CLIENTS)).isOne();
  }

  @Test
  void bulkheadWait_longerThanTheTimeLeft_fullBulkheadRefusesAtOnce() {
    BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
    Chat2Desk client =
        Fixtures.wrap(delegate, waits)
            .bulkhead(
                BulkheadConfig.custom()
                    .maxConcurrentCalls(1)
                    .maxWaitDuration(Duration.ofHours(1))
                    .build())
            .bulkheadRegistry(bulkheads)
            .deadline(DEADLINE)
            .build();
    bulkheads.bulkhead("chat2desk").acquirePermission();
    long start = System.nanoTime();

    try {
      assertThatThrownBy(client::listClients)
          .isInstanceOfSatisfying(
              CallRejectedException.class,
              rejected -> assertThat(rejected.reason()).isEqualTo(Reason.BULKHEAD_FULL));
    } finally {
      bulkheads.bulkhead("chat2desk").onComplete();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plusSeconds(2));
  }

  @Test
  void callerDeadline_alreadySpent_rejectsWithoutCallingTheDelegate() {
    Chat2Desk client = Fixtures.wrap(delegate, waits).build();

    assertThatThrownBy(() -> CallDeadline.within(Duration.ZERO, client::listClients))
        .isInstanceOfSatisfying(
            CallRejectedException.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(Reason.DEADLINE_EXCEEDED))
        .hasMessageContaining("Nothing was sent");
    assertThat(delegate.calls(LIST_CLIENTS)).isZero();
  }

  @Test
  void delegate_runsUnderTheDeadline_soATransportCanShortenItsTimeout() {
    List<Duration> seen = new CopyOnWriteArrayList<>();
    delegate.onCall(operation -> seen.add(CallDeadline.remaining().orElseThrow()));
    Chat2Desk client = Fixtures.wrap(delegate, waits).deadline(Duration.ofSeconds(7)).build();

    client.listClients();

    assertThat(seen)
        .singleElement()
        .satisfies(
            left -> assertThat(left).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(7)));
    assertThat(CallDeadline.remaining()).as("restored after the call").isEmpty();
  }

  @Test
  void deadline_default_isTheDocumentedOne() {
    List<Duration> seen = new CopyOnWriteArrayList<>();
    delegate.onCall(operation -> seen.add(CallDeadline.remaining().orElseThrow()));

    Fixtures.wrap(delegate, waits).build().listClients();

    assertThat(seen.get(0))
        .isGreaterThan(ResilienceDefaults.DEFAULT_DEADLINE.minusSeconds(5))
        .isLessThanOrEqualTo(ResilienceDefaults.DEFAULT_DEADLINE);
  }

  @Test
  void deadline_notPositive_isRejected() {
    ResilientChat2Desk.Builder builder = ResilientChat2Desk.wrap(delegate);

    assertThatThrownBy(() -> builder.deadline(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deadline");
    assertThatThrownBy(() -> builder.maxAccounts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAccounts");
  }

  private static RetryConfig tenSecondWaits() {
    return RetryConfig.custom().maxAttempts(3).waitDuration(Duration.ofSeconds(10)).build();
  }
}
