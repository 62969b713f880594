package dev.chat2desk4j.resilience.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.resilience.ResilienceDefaults;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResilientClientExampleTest {

  /** The production stack: FeignChat2Desk wrapped with retries, guards and metrics. */
  static Chat2Desk resilient(String token, URI baseUrl, MeterRegistry registry) {
    FeignChat2Desk http = FeignChat2Desk.builder().token(token).baseUrl(baseUrl).build();
    return ResilientChat2Desk.wrap(http) // closing the wrapper closes http
        .name("crm") // names the guards and retries, and tags the meters client=crm
        .meterRegistry(registry)
        .deadline(Duration.ofSeconds(20)) // the whole call, retries and waits included
        .retry(RetryConfig.from(ResilienceDefaults.retryConfig()).maxAttempts(4).build())
        .rateLimiter(
            RateLimiterConfig.from(ResilienceDefaults.rateLimiterConfig())
                .limitForPeriod(5)
                .build())
        .build();
  }

  @Test
  void resilient_serverErrorThenSuccess_retriesAndRecordsOneSuccess() {
    MeterRegistry registry = new SimpleMeterRegistry();
    try (Chat2DeskMockServer server =
            Chat2DeskMockServer.builder().token("my-token").build().start();
        Chat2Desk chat2desk = resilient("my-token", server.baseUrl(), registry)) {
      server.faults().on(Operation.LIST_CLIENTS).respond(503).once();

      assertThat(chat2desk.listClients().items()).isEmpty();
    }

    assertThat(
            registry
                .get("chat2desk.requests")
                .tags("client", "crm", "operation", "listClients", "outcome", "SUCCESS")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get("chat2desk.retries")
                .tags("client", "crm", "operation", "listClients")
                .counter()
                .count())
        .isEqualTo(1);
  }
}
