package dev.chat2desk4j.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the builder refuses, before any connection is tried. */
class BuilderTest {

  @Test
  void build_withoutRedis_isRefused() {
    assertThatThrownBy(() -> RedisAccountRateLimiter.builder().secret("0123456789abcdef").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("redis(");
  }

  @Test
  void build_withoutSecret_isRefused() {
    assertThatThrownBy(() -> RedisAccountRateLimiter.builder().redis("redis://127.0.0.1:1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("secret(");
  }

  @Test
  void secret_shorterThan16Bytes_isRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> RedisAccountRateLimiter.builder().secret("short-secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret must be at least 16 bytes but was 12")
        .hasMessageNotContaining("short-secret");
  }

  @Test
  void redis_notAUri_isRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> RedisAccountRateLimiter.builder().redis("redis://:pa ss@@host:x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("redis must be a Redis URI")
        .hasMessageNotContaining("pa ss");
  }

  @Test
  void storeTimeout_notPositive_isRefused() {
    assertThatThrownBy(() -> RedisAccountRateLimiter.builder().storeTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("storeTimeout must be positive but was PT0S");
  }

  @Test
  void expectedInstances_notPositive_isRefused() {
    assertThatThrownBy(() -> RedisAccountRateLimiter.builder().expectedInstances(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectedInstances must be positive but was 0");
  }

  @Test
  void defaults_areThoseOfTheIssue() {
    assertThat(RedisAccountRateLimiter.DEFAULT_STORE_TIMEOUT).isEqualTo(Duration.ofMillis(50));
    assertThat(RedisAccountRateLimiter.DEFAULT_LIMIT).isEqualTo(AccountLimit.of(10, 10));
  }
}
