package dev.chat2desk4j.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.journal.RequestCount;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Four instances of an application, each with its own resilient client and limiter, call one
 * account at once: with the limiter at {@code (RATE, BURST)} and the fake limiting the account to
 * {@code RATE + BURST} a second, the account never goes over and no call meets a 429. And a {@code
 * withToken} view spends its own account's bucket.
 */
class SharedAccountTest {

  @RegisterExtension static final RedisServer REDIS = new RedisServer();

  static final int RATE = 10;
  static final int BURST = 5;
  private static final Duration RUN = Duration.ofSeconds(3);
  private static final String TOKEN = "token-shared-" + UUID.randomUUID();

  @Test
  void fourInstances_oneAccount_keepToItsLimitTogether_andNoneMeetsA429() throws Exception {
    String secret = "secret-" + UUID.randomUUID();
    List<Instance> instances = new ArrayList<>();
    String warmUp = "token-warm-up-" + UUID.randomUUID();
    try (Chat2DeskMockServer server =
        Chat2DeskMockServer.builder()
            .token(TOKEN)
            .token(warmUp)
            .rateLimitPerSecond(RATE + BURST)
            .build()) {
      server.start();
      for (int i = 0; i < 4; i++) {
        Instance instance =
            Instance.start(
                REDIS.uri(),
                secret,
                AccountLimit.of(RATE, BURST),
                server.baseUrl(),
                TOKEN,
                b -> b.storeTimeout(Instance.UNHURRIED_STORE));
        instances.add(instance);
        instance.warmUp(warmUp);
      }
      String account = server.state().account(TOKEN).label();

      long start = System.nanoTime();
      List<CompletableFuture<CallLoop.Result>> running = new ArrayList<>();
      for (Instance instance : instances) {
        running.add(CompletableFuture.supplyAsync(() -> run(instance)));
      }
      List<CallLoop.Result> results = running.stream().map(CompletableFuture::join).toList();
      double seconds = (System.nanoTime() - start) / 1e9;

      List<RequestCount> counts =
          server.requestCounts().stream().filter(c -> c.account().equals(account)).toList();
      assertThat(counts)
          .isNotEmpty()
          .allSatisfy(
              second -> {
                assertThat(second.requests()).isLessThanOrEqualTo(RATE + BURST);
                assertThat(second.limited()).isZero();
              });
      assertThat(results).allSatisfy(result -> assertThat(result.failures()).isEmpty());
      assertThat(results).allSatisfy(result -> assertThat(result.answered()).isPositive());
      int answered = results.stream().mapToInt(CallLoop.Result::answered).sum();
      assertThat(answered)
          .isEqualTo(counts.stream().mapToInt(RequestCount::admitted).sum())
          .isLessThanOrEqualTo(BURST + (int) Math.ceil(RATE * seconds));
    } finally {
      instances.forEach(Instance::close);
    }
  }

  @Test
  void withTokenView_spendsItsOwnAccountsBucket_notTheClientsAccount() {
    String other = "token-other-" + UUID.randomUUID();
    String secret = "secret-" + UUID.randomUUID();
    try (Chat2DeskMockServer server =
            Chat2DeskMockServer.builder().token(TOKEN).token(other).build().start();
        Instance instance =
            Instance.start(
                REDIS.uri(),
                secret,
                AccountLimit.of(0.01, 2), // two permits, the next in 100 s
                server.baseUrl(),
                TOKEN,
                b -> b.storeTimeout(Instance.UNHURRIED_STORE))) {
      instance.client.listClients();
      instance.client.listClients();
      assertThatThrownBy(instance.client::listClients)
          .isInstanceOfSatisfying(
              CallRejectedException.class,
              rejected -> assertThat(rejected.reason()).isEqualTo(Reason.RATE_LIMITED));

      Chat2Desk view = instance.client.withToken(other);
      view.listClients();
      view.listClients();

      assertThat(
              server.requestCounts().stream()
                  .collect(
                      Collectors.groupingBy(
                          RequestCount::account, Collectors.summingInt(RequestCount::admitted))))
          .hasSize(2)
          .containsValues(2, 2);
      AccountKeys keys = new AccountKeys(secret.getBytes(StandardCharsets.UTF_8));
      assertThat(REDIS.keys()).contains(keys.key(TOKEN), keys.key(other));
    }
  }

  private static CallLoop.Result run(Instance instance) {
    try {
      return CallLoop.run(instance.client, 2, RUN);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
