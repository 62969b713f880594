package dev.chat2desk4j.testkit;

import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * The contract against {@link ResilientChat2Desk} over {@link FeignChat2Desk} and the fake server.
 * The client-side rate limit is raised because the suite sends hundreds of requests a second to a
 * local fake; every other policy keeps its default.
 */
class ResilientFeignContractTest extends Chat2DeskContract {

  @Override
  protected ContractEnvironment createEnvironment() {
    return MockServerEnvironment.start(
        (baseUrl, token) ->
            ResilientChat2Desk.wrap(FeignChat2Desk.builder().token(token).baseUrl(baseUrl).build())
                .rateLimiter(
                    RateLimiterConfig.custom()
                        .limitForPeriod(100_000)
                        .limitRefreshPeriod(Duration.ofSeconds(1))
                        .timeoutDuration(Duration.ofSeconds(5))
                        .build())
                .build());
  }
}
