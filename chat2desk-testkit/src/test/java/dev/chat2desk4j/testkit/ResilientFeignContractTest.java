package dev.chat2desk4j.testkit;

import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.resilience.ResilienceDefaults;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;

/**
 * The contract against {@link ResilientChat2Desk} over {@link FeignChat2Desk} and the fake server.
 * The client-side rate limit is raised because the suite sends hundreds of requests a second to a
 * local fake, and retries wait milliseconds instead of the default backoff so that the error cases
 * stay fast; the retry rules, the circuit breaker and the bulkhead keep their defaults.
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
                .retry(
                    RetryConfig.custom()
                        .maxAttempts(ResilienceDefaults.DEFAULT_MAX_ATTEMPTS)
                        .waitDuration(Duration.ofMillis(10))
                        .build())
                .build());
  }
}
