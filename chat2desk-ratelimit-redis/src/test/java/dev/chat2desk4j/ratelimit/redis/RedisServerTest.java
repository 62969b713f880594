package dev.chat2desk4j.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * What the Redis tests do on a machine without {@code redis-server}: skip with the reason on a
 * developer's machine, fail in CI, so that CI never passes without them.
 */
class RedisServerTest {

  @TempDir Path emptyDirectory;

  @Test
  void beforeAll_redisServerNotOnPath_locally_skipsTheClassSayingWhy() {
    RedisServer server = new RedisServer(Map.of("PATH", emptyDirectory.toString()));

    assertThatThrownBy(() -> server.beforeAll(null))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("redis-server is not on PATH")
        .hasMessageContaining("install the Debian package redis-server");
  }

  @Test
  void beforeAll_redisServerNotOnPath_withCiTrue_failsTheClass() {
    RedisServer server = new RedisServer(Map.of("PATH", emptyDirectory.toString(), "CI", "true"));

    assertThatThrownBy(() -> server.beforeAll(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("CI=true and redis-server is not on PATH");
  }

  @Test
  void beforeAll_noPathAtAll_withCiOtherThanTrue_skips() {
    RedisServer server = new RedisServer(Map.of("CI", "false"));

    assertThatThrownBy(() -> server.beforeAll(null)).isInstanceOf(TestAbortedException.class);
  }
}
