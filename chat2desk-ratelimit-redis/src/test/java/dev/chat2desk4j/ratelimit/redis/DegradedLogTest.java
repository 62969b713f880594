package dev.chat2desk4j.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.chat2desk4j.resilience.AccountRateLimiter.Permits;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The limiter's log through an outage that many calls and probes run into: one warning when it
 * begins and one line when it ends (slf4j-simple writes to {@code System.err}, captured here; the
 * test resources log the limiter at INFO).
 */
class DegradedLogTest {

  @RegisterExtension static final RedisServer REDIS = new RedisServer();

  private static final String TOKEN = "token-log-" + UUID.randomUUID();
  private static final String PREFIX = "Account-wide rate limiter 'log-test': ";
  private static final Duration PROBE = Duration.ofMillis(50);

  private final String secret = "secret-" + UUID.randomUUID();
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void captureLog() {
    originalErr = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreLog() {
    System.setErr(originalErr);
    originalErr.print(captured.toString(StandardCharsets.UTF_8));
  }

  @Test
  void redisDownForManyProbes_warnsOnce_andLogsTheRecoveryOnce() {
    try (RedisAccountRateLimiter limiter =
        RedisAccountRateLimiter.builder()
            .name("log-test")
            .redis(REDIS.uri())
            .secret(secret)
            .expectedInstances(2)
            .probeInterval(PROBE)
            // Redis refuses at once while stopped; a long timeout keeps a busy machine's pause
            // from making a degraded spell before the test stops it.
            .storeTimeout(Instance.UNHURRIED_STORE)
            .build()) {
      Permits permits = limiter.account(TOKEN);
      permits.acquire(Duration.ZERO);

      REDIS.stop();
      await("degraded through ten probe intervals")
          .atMost(Duration.ofSeconds(5))
          .pollInterval(Duration.ofMillis(10))
          .during(PROBE.multipliedBy(10))
          .until(
              () -> {
                permits.acquire(Duration.ZERO);
                return limiter.isDegraded();
              });
      REDIS.start();
      await("back to the shared limit")
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(10))
          .until(
              () -> {
                permits.acquire(Duration.ZERO);
                return !limiter.isDegraded();
              });
      permits.acquire(Duration.ZERO);
    }

    String log = captured.toString(StandardCharsets.UTF_8);
    List<String> lines = log.lines().filter(line -> line.contains(PREFIX)).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .contains("WARN", "Redis did not answer", "its limit divided among 2 instances");
    assertThat(lines.get(1)).contains("INFO", "Redis answers again, back to the shared limit");
    assertThat(log).doesNotContain(TOKEN).doesNotContain(secret);
  }
}
