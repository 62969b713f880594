package dev.chat2desk4j.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.journal.RequestCount;
import dev.chat2desk4j.resilience.AccountRateLimiter.Permits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Redis stopped, slow or not there yet: the fallback, the degraded gauge and the way back. */
class RedisOutageTest {

  @RegisterExtension static final RedisServer REDIS = new RedisServer();

  private static final String TOKEN = "token-outage-" + UUID.randomUUID();
  private static final AccountLimit LIMIT = AccountLimit.of(10, 2);
  private static final int INSTANCES = 5; // so the fallback's budget: 2 a second, a burst of 1
  private static final Duration PROBE = Duration.ofMillis(200);

  private final String secret = "secret-" + UUID.randomUUID();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private Chat2DeskMockServer server;

  @BeforeEach
  void startServer() {
    server = Chat2DeskMockServer.builder().token(TOKEN).build().start();
  }

  @AfterEach
  void restoreRedis() {
    server.close();
    REDIS.stop();
    REDIS.start();
  }

  @Test
  void redisStoppedMidRun_callsGoOnWithinTheFallbacksRate_andTheSharedLimitReturns()
      throws Exception {
    try (Instance instance = instance(FallbackMode.LOCAL)) {
      assertThat(CallLoop.run(instance.client, 2, Duration.ofMillis(500)).failures()).isEmpty();
      assertThat(degraded()).isZero();

      REDIS.stop();
      Instant stopped = Instant.now();
      CallLoop.Result duringOutage = CallLoop.run(instance.client, 2, Duration.ofMillis(2500));
      Instant restarted = Instant.now();
      REDIS.start();

      assertThat(duringOutage.failures()).isEmpty();
      assertThat(duringOutage.answered()).isPositive();
      assertThat(wait("fallback").count()).isEqualTo(duringOutage.answered());
      assertThat(degraded()).isOne();
      assertThat(secondsWithin(stopped, restarted))
          .isNotEmpty()
          .allSatisfy(second -> assertThat(second.requests()).isLessThanOrEqualTo(2 + 1));

      await("the shared limit again")
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> {
                instance.client.listClients();
                return degraded() == 0;
              });
      long fallbackPermits = wait("fallback").count();
      long sharedPermits = wait("shared").count();
      CallLoop.run(instance.client, 1, Duration.ofMillis(300));
      assertThat(wait("fallback").count()).isEqualTo(fallbackPermits);
      assertThat(wait("shared").count()).isGreaterThan(sharedPermits);
      assertThat(REDIS.keys()).contains(new AccountKeys(secret.getBytes()).key(TOKEN));
    }
  }

  @Test
  void redisStopped_refuseMode_refusesEveryCallAtOnce() {
    try (Instance instance = instance(FallbackMode.REFUSE)) {
      instance.client.listClients();

      REDIS.stop();
      long start = System.nanoTime();

      assertThatThrownBy(instance.client::listClients)
          .isInstanceOfSatisfying(
              CallRejectedException.class,
              rejected -> assertThat(rejected.reason()).isEqualTo(Reason.RATE_LIMITED))
          .hasMessageContaining("rate limiter 'outage'");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
      assertThat(meters.get(LimiterMetrics.REFUSED).tag("reason", "store").counter().count())
          .isOne();
      assertThat(degraded()).isOne();
    }
  }

  @Test
  void redisSlow_callsTakeTheFallbackAfterTheStoreTimeout_notAfterRedis() {
    try (Instance instance = instance(FallbackMode.LOCAL)) {
      Permits permits = instance.limiter.account(TOKEN);
      permits.acquire(Duration.ZERO);
      List<Duration> acquires = new CopyOnWriteArrayList<>();

      CompletableFuture<String> sleeping = REDIS.sleep(Duration.ofSeconds(1));
      await("a store call found Redis late")
          .atMost(Duration.ofMillis(900))
          .until(
              () -> {
                long start = System.nanoTime();
                permits.acquire(Duration.ZERO);
                acquires.add(Duration.ofNanos(System.nanoTime() - start));
                return instance.limiter.isDegraded();
              });

      assertThat(acquires).allSatisfy(took -> assertThat(took).isLessThan(Duration.ofMillis(400)));
      assertThat(wait("fallback").count()).isOne();
      assertThat(sleeping.join()).startsWith("+OK");
    }
  }

  @Test
  void redisDownAtStart_limiterStartsDegraded_andTakesTheSharedLimitOnceRedisComes() {
    REDIS.stop();
    try (Instance instance = instance(FallbackMode.LOCAL)) {
      assertThat(instance.limiter.isDegraded()).isTrue();
      instance.client.listClients();

      REDIS.start();

      await("the shared limit")
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> {
                instance.client.listClients();
                return !instance.limiter.isDegraded();
              });
      assertThat(REDIS.keys()).contains(new AccountKeys(secret.getBytes()).key(TOKEN));
    }
  }

  private Instance instance(FallbackMode mode) {
    return Instance.start(
        REDIS.uri(),
        secret,
        LIMIT,
        server.baseUrl(),
        TOKEN,
        b ->
            b.name("outage")
                .fallback(mode)
                .expectedInstances(INSTANCES)
                .probeInterval(PROBE)
                .meterRegistry(meters));
  }

  private double degraded() {
    return meters.get(LimiterMetrics.DEGRADED).gauge().value();
  }

  private io.micrometer.core.instrument.Timer wait(String source) {
    return meters.get(LimiterMetrics.WAIT).tag("source", source).timer();
  }

  /** The fake's counts of the seconds that began and ended between these two instants. */
  private List<RequestCount> secondsWithin(Instant from, Instant to) {
    return server.requestCounts().stream()
        .filter(count -> !count.second().isBefore(from))
        .filter(count -> !count.second().plusSeconds(1).isAfter(to))
        .toList();
  }
}
