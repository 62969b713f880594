package dev.chat2desk4j.resilience;

import static dev.chat2desk4j.api.Operation.LIST_CLIENTS;
import static dev.chat2desk4j.api.Operation.LIST_MESSAGES;
import static dev.chat2desk4j.api.Operation.LIST_TRANSFERS;
import static dev.chat2desk4j.api.Operation.SEND_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.QuotaExceededException;
import dev.chat2desk4j.api.RateLimitedException;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.api.TransportException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private final ScriptedChat2Desk delegate = new ScriptedChat2Desk();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
  private final Chat2Desk client =
      Fixtures.wrap(delegate, new ArrayList<>())
          .meterRegistry(meters)
          .circuitBreakerRegistry(breakers)
          .build();

  @Test
  void success_recordedWithOutcomeSuccessAndExceptionNone() {
    client.sendMessage(42, "hi");
    client.sendMessage(42, "again");

    assertThat(count("sendMessage", "SUCCESS", "none")).isEqualTo(2);
  }

  @Test
  void callerError_recordedAsClientError() {
    delegate.failNext(LIST_MESSAGES, Errors.notFound(LIST_MESSAGES));

    assertThatThrownBy(() -> client.listMessages(42)).isInstanceOf(NotFoundException.class);

    assertThat(count("listMessages", "CLIENT_ERROR", "NotFoundException")).isEqualTo(1);
  }

  @Test
  void serverError_recordedAsServerErrorOnceAfterItsRetries() {
    delegate.failNext(
        LIST_CLIENTS,
        Errors.server(LIST_CLIENTS),
        Errors.server(LIST_CLIENTS),
        Errors.server(LIST_CLIENTS));

    assertThatThrownBy(client::listClients).isInstanceOf(ServerException.class);

    assertThat(count("listClients", "SERVER_ERROR", "ServerException")).isEqualTo(1);
    assertThat(retries("listClients")).isEqualTo(2);
  }

  @Test
  void rateLimitedAndQuota_recordedAsRateLimited() {
    Chat2Desk once =
        Fixtures.wrap(delegate, new ArrayList<>())
            .name("once")
            .meterRegistry(meters)
            .retry(RetryConfig.custom().maxAttempts(1).build())
            .build();
    delegate.failNext(
        LIST_TRANSFERS, Errors.rateLimited(LIST_TRANSFERS, null), Errors.quota(LIST_TRANSFERS));

    assertThatThrownBy(once::listTransfers).isInstanceOf(RateLimitedException.class);
    assertThatThrownBy(once::listTransfers).isInstanceOf(QuotaExceededException.class);

    assertThat(count("listTransfers", "RATE_LIMITED", "RateLimitedException")).isEqualTo(1);
    assertThat(count("listTransfers", "QUOTA_EXCEEDED", "QuotaExceededException")).isEqualTo(1);
  }

  @Test
  void transportFailure_recordedAsTransportError() {
    delegate.failNext(SEND_MESSAGE, Errors.readTimeout(SEND_MESSAGE));

    assertThatThrownBy(() -> client.sendMessage(42, "hi")).isInstanceOf(TransportException.class);

    assertThat(count("sendMessage", "UNKNOWN", "TransportException")).isEqualTo(1);
    assertThat(retries("sendMessage")).isZero();
  }

  @Test
  void rejection_recordedAsRejected() {
    breakers.circuitBreaker("chat2desk").transitionToOpenState();

    assertThatThrownBy(client::listClients).isInstanceOf(CallRejectedException.class);

    assertThat(count("listClients", "REJECTED", "CallRejectedException")).isEqualTo(1);
  }

  @Test
  void unexpectedException_recordedAsTransportErrorWithBoundedTag() {
    delegate.failNext(LIST_CLIENTS, new IllegalStateException("bug in a transport"));

    assertThatThrownBy(client::listClients).isInstanceOf(IllegalStateException.class);

    assertThat(count("listClients", "UNKNOWN", "other")).isEqualTo(1);
  }

  @Test
  void retries_countedPerOperation() {
    delegate.failNext(SEND_MESSAGE, Errors.refused(SEND_MESSAGE));
    delegate.failNext(LIST_MESSAGES, Errors.dropped(LIST_MESSAGES), Errors.server(LIST_MESSAGES));

    client.sendMessage(42, "hi");
    client.listMessages(42);

    assertThat(retries("sendMessage")).isEqualTo(1);
    assertThat(retries("listMessages")).isEqualTo(2);
    assertThat(retries("listTransfers")).isZero();
  }

  @Test
  void resilience4jMeters_boundToTheSameRegistry() {
    client.listClients();

    assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", "chat2desk").meters())
        .isNotEmpty();
    assertThat(
            meters.find("resilience4j.retry.calls").tag("name", "chat2desk.listClients").meters())
        .isNotEmpty();
    assertThat(meters.find("resilience4j.ratelimiter.available.permissions").meters()).isNotEmpty();
    assertThat(meters.find("resilience4j.bulkhead.available.concurrent.calls").meters())
        .isNotEmpty();
  }

  @Test
  void tags_comeFromClosedSetsAndNeverCarryTokensOrIds() {
    Chat2Desk other = client.withToken("secret-token-123");
    other.sendMessage(4242, "hi");
    delegate.failNext(LIST_MESSAGES, Errors.notFound(LIST_MESSAGES));
    assertThatThrownBy(() -> other.listMessages(4242)).isInstanceOf(NotFoundException.class);

    List<Tag> tags =
        meters.find("chat2desk.requests").meters().stream()
            .flatMap(meter -> meter.getId().getTags().stream())
            .toList();

    assertThat(tags)
        .extracting(Tag::getKey)
        .containsOnly("client", "operation", "outcome", "exception");
    assertThat(tags)
        .extracting(Tag::getValue)
        .noneMatch(value -> value.contains("secret") || value.contains("4242"));
  }

  @Test
  void build_doesNotChangeTheSharedRegistrysConfiguration() {
    SimpleMeterRegistry shared = new SimpleMeterRegistry();
    shared.counter("app.before").increment();

    Fixtures.wrap(delegate, new ArrayList<>()).meterRegistry(shared).build();
    shared.counter("app.after").increment();

    Stream<Meter> appMeters =
        shared.getMeters().stream().filter(m -> m.getId().getName().startsWith("app."));
    assertThat(appMeters).allSatisfy(meter -> assertThat(meter.getId().getTags()).isEmpty());
  }

  @Test
  void noMeterRegistry_callsStillWork() {
    Chat2Desk bare =
        ResilientChat2Desk.wrap(delegate)
            .rateLimiter(RateLimiterConfig.custom().timeoutDuration(Duration.ZERO).build())
            .build();

    assertThat(bare.sendMessage(42, "hi")).isEqualTo(ScriptedChat2Desk.SENT);
  }

  private long count(String operation, String outcome, String exception) {
    return meters
        .get("chat2desk.requests")
        .tags("operation", operation, "outcome", outcome, "exception", exception)
        .timer()
        .count();
  }

  private double retries(String operation) {
    return meters.get("chat2desk.retries").tag("operation", operation).counter().count();
  }
}
