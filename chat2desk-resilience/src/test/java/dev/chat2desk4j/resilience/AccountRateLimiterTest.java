package dev.chat2desk4j.resilience;

import static dev.chat2desk4j.api.Operation.LIST_CLIENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.CallDeadline;
import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Chat2Desk;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The extension point: an account-wide limiter in the per-process limiter's place. */
class AccountRateLimiterTest {

  private final ScriptedChat2Desk delegate = new ScriptedChat2Desk();
  private final CountingLimiter shared = new CountingLimiter();
  private final RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();

  private final ResilientChat2Desk client =
      Fixtures.wrap(delegate, new ArrayList<>())
          .rateLimiter(
              RateLimiterConfig.from(Fixtures.unlimited())
                  .timeoutDuration(Duration.ofSeconds(3))
                  .build())
          .rateLimiterRegistry(limiters)
          .accountRateLimiter(shared, "token-root")
          .build();

  @Test
  void accountRateLimiter_everyAttemptTakesAPermitOfTheClientsOwnAccount() {
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS), Errors.server(LIST_CLIENTS));

    client.listClients();

    assertThat(shared.taken("token-root")).isEqualTo(3);
    assertThat(limiters.rateLimiter("chat2desk").getMetrics().getAvailablePermissions())
        .as("the per-process limiter is out of the way")
        .isEqualTo(100_000);
  }

  @Test
  void accountRateLimiter_withTokenViews_spendTheirOwnAccounts() {
    Chat2Desk viewB = client.withToken("token-b");

    viewB.listClients();
    viewB.listClients();
    client.withToken("token-c").listClients();

    assertThat(shared.taken("token-b")).isEqualTo(2);
    assertThat(shared.taken("token-c")).isEqualTo(1);
    assertThat(shared.taken("token-root")).isZero();
    assertThat(shared.accountsAsked()).containsExactly("token-root", "token-b", "token-c");
  }

  @Test
  void accountRateLimiter_refusal_rejectsWithoutReachingTheApiOrRetrying() {
    shared.refuse = true;

    assertThatThrownBy(client::listClients)
        .isInstanceOfSatisfying(
            CallRejectedException.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(Reason.RATE_LIMITED))
        .hasMessageContaining("rate limiter 'shared-test'");
    assertThat(delegate.calls(LIST_CLIENTS)).isZero();
    assertThat(shared.acquires.get()).isEqualTo(1);
  }

  @Test
  void accountRateLimiter_waitsAtMostTheConfiguredTimeout() {
    client.listClients();

    assertThat(shared.maxWaits).singleElement().isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void accountRateLimiter_waitIsCutToTheCallsDeadline() {
    CallDeadline.within(Duration.ofMillis(500), client::listClients);

    assertThat(shared.maxWaits)
        .singleElement()
        .satisfies(
            wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(500)));
  }

  @Test
  void accountRateLimiter_outsideTheBulkhead_aFullBulkheadRejectsAfterThePermitIsTaken() {
    BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
    Chat2Desk narrow =
        Fixtures.wrap(delegate, new ArrayList<>())
            .bulkhead(BulkheadConfig.custom().maxConcurrentCalls(1).build())
            .bulkheadRegistry(bulkheads)
            .accountRateLimiter(shared, "token-root")
            .build();
    bulkheads.bulkhead("chat2desk").acquirePermission();

    assertThatThrownBy(narrow::listClients)
        .isInstanceOfSatisfying(
            CallRejectedException.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(Reason.BULKHEAD_FULL));
    assertThat(shared.taken("token-root")).isEqualTo(1);
  }

  @Test
  void accountRateLimiter_blankToken_isRefusedByTheBuilder() {
    assertThatThrownBy(() -> ResilientChat2Desk.wrap(delegate).accountRateLimiter(shared, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token");
  }

  /** Grants every permit (or refuses each, when told), counting them per token. */
  private static final class CountingLimiter implements AccountRateLimiter {
    final Map<String, AtomicInteger> taken = new ConcurrentHashMap<>();
    final List<String> accounts = new CopyOnWriteArrayList<>();
    final List<Duration> maxWaits = new CopyOnWriteArrayList<>();
    final AtomicInteger acquires = new AtomicInteger();
    volatile boolean refuse;

    @Override
    public String name() {
      return "shared-test";
    }

    @Override
    public Permits account(String token) {
      accounts.add(token);
      AtomicInteger count = taken.computeIfAbsent(token, t -> new AtomicInteger());
      return maxWait -> {
        acquires.incrementAndGet();
        maxWaits.add(maxWait);
        if (refuse) {
          return false;
        }
        count.incrementAndGet();
        return true;
      };
    }

    int taken(String token) {
      AtomicInteger count = taken.get(token);
      return count == null ? 0 : count.get();
    }

    List<String> accountsAsked() {
      return List.copyOf(accounts);
    }
  }
}
