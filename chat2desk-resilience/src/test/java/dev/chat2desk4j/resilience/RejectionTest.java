package dev.chat2desk4j.resilience;

import static dev.chat2desk4j.api.Operation.LIST_CLIENTS;
import static dev.chat2desk4j.api.Operation.LIST_TRANSFERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Chat2Desk;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RejectionTest {

  private final ScriptedChat2Desk delegate = new ScriptedChat2Desk();

  @Test
  void rateLimiter_noPermitLeft_rejectsWithoutCallingDelegate() {
    Chat2Desk client =
        Fixtures.wrap(delegate, new ArrayList<>())
            .rateLimiter(
                RateLimiterConfig.custom()
                    .limitForPeriod(2)
                    .limitRefreshPeriod(Duration.ofHours(1))
                    .timeoutDuration(Duration.ZERO)
                    .build())
            .build();
    client.listClients();
    client.listTransfers();

    assertThatThrownBy(client::listClients)
        .isInstanceOfSatisfying(
            CallRejectedException.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(Reason.RATE_LIMITED))
        .hasMessageContaining("rate limiter 'chat2desk' has no permit");
    assertThat(delegate.calls(LIST_CLIENTS)).isEqualTo(1);
  }

  @Test
  void bulkhead_full_rejectsWhileACallIsInFlight() throws Exception {
    Chat2Desk client =
        Fixtures.wrap(delegate, new ArrayList<>())
            .bulkhead(
                BulkheadConfig.custom()
                    .maxConcurrentCalls(1)
                    .maxWaitDuration(Duration.ZERO)
                    .build())
            .build();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    delegate.onCall(
        operation -> {
          if (operation == LIST_TRANSFERS) {
            entered.countDown();
            await().atMost(Duration.ofSeconds(5)).until(() -> release.getCount() == 0);
          }
        });
    CompletableFuture<?> inFlight = CompletableFuture.runAsync(client::listTransfers);
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

    try {
      assertThatThrownBy(client::listClients)
          .isInstanceOfSatisfying(
              CallRejectedException.class,
              rejected -> assertThat(rejected.reason()).isEqualTo(Reason.BULKHEAD_FULL))
          .hasMessageContaining("bulkhead 'chat2desk' is full");
    } finally {
      release.countDown();
    }
    inFlight.get(5, TimeUnit.SECONDS);
    assertThat(delegate.calls(LIST_CLIENTS)).isZero();
    client.listClients();
    assertThat(delegate.calls(LIST_CLIENTS)).isEqualTo(1);
  }

  @Test
  void rejection_neverRetried() {
    Chat2Desk client =
        Fixtures.wrap(delegate, new ArrayList<>())
            .rateLimiter(
                RateLimiterConfig.custom()
                    .limitForPeriod(1)
                    .limitRefreshPeriod(Duration.ofHours(1))
                    .timeoutDuration(Duration.ZERO)
                    .build())
            .build();
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS));

    assertThatThrownBy(client::listClients).isInstanceOf(CallRejectedException.class);
    assertThat(delegate.calls(LIST_CLIENTS)).isEqualTo(1);
  }
}
