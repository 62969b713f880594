package dev.chat2desk4j.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.resilience.AccountRateLimiter.Permits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The limiter against a real Redis: shared buckets, their keys, waits, limits and meters. */
class RedisAccountRateLimiterTest {

  @RegisterExtension static final RedisServer REDIS = new RedisServer();

  private static final String TOKEN = "token-of-account-a-" + UUID.randomUUID();

  private final String secret = "secret-" + UUID.randomUUID();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final List<RedisAccountRateLimiter> limiters = new ArrayList<>();

  @AfterEach
  void close() {
    limiters.forEach(RedisAccountRateLimiter::close);
  }

  @Test
  void acquire_withinTheBurst_permitsAtOnce_thenRefusesWithoutAWait() {
    Permits permits = limiter(b -> b.defaultLimit(AccountLimit.of(1, 3))).account(TOKEN);

    List<Boolean> taken = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      taken.add(permits.acquire(Duration.ZERO));
    }

    assertThat(taken).containsExactly(true, true, true, false);
    assertThat(meters.get(LimiterMetrics.WAIT).tag("source", "shared").timer().count())
        .isEqualTo(3);
    assertThat(meters.get(LimiterMetrics.REFUSED).tag("reason", "limit").counter().count())
        .isEqualTo(1);
    assertThat(meters.get(LimiterMetrics.DEGRADED).gauge().value()).isZero();
  }

  @Test
  void acquire_twoLimitersWithOneSecret_drawFromOneBucket() {
    Permits first = limiter(b -> b.defaultLimit(AccountLimit.of(1, 3))).account(TOKEN);
    Permits second = limiter(b -> b.defaultLimit(AccountLimit.of(1, 3))).account(TOKEN);

    assertThat(first.acquire(Duration.ZERO)).isTrue();
    assertThat(first.acquire(Duration.ZERO)).isTrue();
    assertThat(second.acquire(Duration.ZERO)).isTrue();

    assertThat(second.acquire(Duration.ZERO)).isFalse();
    assertThat(first.acquire(Duration.ZERO)).isFalse();
  }

  @Test
  void acquire_anotherSecret_isAnotherBucket() {
    Permits first = limiter(b -> b.defaultLimit(AccountLimit.of(1, 1))).account(TOKEN);
    Permits other =
        limiter(b -> b.defaultLimit(AccountLimit.of(1, 1)).secret("another-secret-" + secret))
            .account(TOKEN);
    first.acquire(Duration.ZERO);

    assertThat(other.acquire(Duration.ZERO)).isTrue();
  }

  @Test
  void acquire_permitWithinTheWait_isWaitedFor_oneBeyondItIsRefusedAtOnce() {
    Permits permits = limiter(b -> b.defaultLimit(AccountLimit.of(5, 1))).account(TOKEN);
    permits.acquire(Duration.ZERO);

    long start = System.nanoTime();
    boolean beyond = permits.acquire(Duration.ofMillis(20));
    long refusedAfter = System.nanoTime() - start;
    boolean within = permits.acquire(Duration.ofSeconds(2));
    long permittedAfter = System.nanoTime() - start;

    assertThat(beyond).isFalse();
    assertThat(Duration.ofNanos(refusedAfter)).isLessThan(Duration.ofMillis(150));
    assertThat(within).isTrue();
    assertThat(Duration.ofNanos(permittedAfter))
        .isBetween(Duration.ofMillis(100), Duration.ofSeconds(2));
  }

  @Test
  void limit_ofOneToken_overridesTheDefaultForThatAccountOnly() {
    RedisAccountRateLimiter limiter =
        limiter(b -> b.defaultLimit(AccountLimit.of(1, 1)).limit(TOKEN, AccountLimit.of(1, 2)));
    Permits own = limiter.account(TOKEN);
    Permits other = limiter.account("another-" + TOKEN);

    assertThat(List.of(own.acquire(Duration.ZERO), own.acquire(Duration.ZERO))).containsOnly(true);
    assertThat(other.acquire(Duration.ZERO)).isTrue();
    assertThat(other.acquire(Duration.ZERO)).isFalse();
  }

  @Test
  void keys_inRedis_areTheKeyedDigestUnderThePrefix_neverTheToken() {
    limiter(UnaryOperator.identity()).account(TOKEN).acquire(Duration.ZERO);

    assertThat(REDIS.keys())
        .contains(new AccountKeys(secret.getBytes()).key(TOKEN))
        .allSatisfy(key -> assertThat(key).matches("chat2desk4j:rl:([0-9a-f]{64}|warm-up)"))
        .noneSatisfy(key -> assertThat(key).contains(TOKEN));
  }

  @Test
  void meters_ofManyAccounts_stayTheSameSix_taggedWithClosedSetsOnly() {
    RedisAccountRateLimiter limiter = limiter(UnaryOperator.identity());

    for (int i = 0; i < 20; i++) {
      limiter.account(TOKEN + i).acquire(Duration.ZERO);
    }

    assertThat(meters.getMeters())
        .hasSize(6)
        .allSatisfy(
            meter ->
                assertThat(meter.getId().getTags())
                    .allSatisfy(
                        tag ->
                            assertThat(tag.getKey() + "=" + tag.getValue())
                                .matches(
                                    "limiter=limiter-0|source=(shared|fallback)"
                                        + "|reason=(limit|store|interrupted)")));
  }

  @Test
  void toString_namesTheLimits_neverTheSecretOrATokensLimit() {
    RedisAccountRateLimiter limiter =
        limiter(b -> b.name("crm-sync").limit(TOKEN, AccountLimit.of(2, 2)));

    assertThat(limiter.toString())
        .contains("crm-sync", "10.0/s, burst 10", "accounts with their own limit=1")
        .doesNotContain(secret, TOKEN);
  }

  private RedisAccountRateLimiter limiter(UnaryOperator<RedisAccountRateLimiter.Builder> more) {
    RedisAccountRateLimiter limiter =
        more.apply(
                RedisAccountRateLimiter.builder()
                    .name("limiter-" + limiters.size())
                    .redis(REDIS.uri())
                    .secret(secret)
                    .meterRegistry(meters))
            .build();
    limiters.add(limiter);
    return limiter;
  }
}
