package dev.chat2desk4j.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.journal.RequestCount;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The example of {@code docs/resilience.md} and the module's README, compiled and run so that it
 * cannot rot.
 */
class GuideExampleTest {

  @RegisterExtension static final RedisServer REDIS = new RedisServer();

  @Test
  void guideExample_runsAsWritten() {
    String token = "token-" + UUID.randomUUID();
    String secret = "a-secret-every-instance-shares";
    MeterRegistry registry = new SimpleMeterRegistry();
    try (Chat2DeskMockServer server =
        Chat2DeskMockServer.builder().token(token).rateLimitPerSecond(10).build().start()) {
      URI baseUrl = server.baseUrl();
      String redisUri = REDIS.uri();

      RedisAccountRateLimiter limiter =
          RedisAccountRateLimiter.builder()
              .redis(redisUri) // such as redis://redis.internal:6379
              .secret(secret) // the same in every instance, from your secret store
              .defaultLimit(AccountLimit.of(5, 5)) // 5 a second, bursts of 5: 10 in any second
              .expectedInstances(4) // while Redis is down, each instance allows a quarter
              .meterRegistry(registry)
              .build();
      Chat2Desk chat2desk =
          ResilientChat2Desk.wrap(FeignChat2Desk.builder().token(token).baseUrl(baseUrl).build())
              .accountRateLimiter(limiter, token)
              .meterRegistry(registry)
              .build();
      try (limiter;
          chat2desk) {
        chat2desk.listClients();
      }

      assertThat(server.requestCounts())
          .extracting(RequestCount::requests, RequestCount::limited)
          .containsExactly(tuple(1, 0));
    }
  }
}
