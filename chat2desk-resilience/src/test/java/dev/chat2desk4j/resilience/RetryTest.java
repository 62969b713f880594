package dev.chat2desk4j.resilience;

import static dev.chat2desk4j.api.Operation.LIST_CLIENTS;
import static dev.chat2desk4j.api.Operation.LIST_MESSAGES;
import static dev.chat2desk4j.api.Operation.LIST_TRANSFERS;
import static dev.chat2desk4j.api.Operation.SEND_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.GetClient;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RateLimitedException;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.api.TransportException;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RetryTest {

  private final ScriptedChat2Desk delegate = new ScriptedChat2Desk();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final Chat2Desk client = Fixtures.wrap(delegate, waits).build();

  @Test
  void sendMessage_readTimeout_failsWithoutRetry() {
    delegate.failNext(SEND_MESSAGE, Errors.readTimeout(SEND_MESSAGE));

    assertThatThrownBy(() -> client.sendMessage(42, "hi"))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("may have processed it");
    assertThat(delegate.calls(SEND_MESSAGE)).isEqualTo(1);
  }

  @Test
  void sendMessage_droppedConnection_failsWithoutRetry() {
    delegate.failNext(SEND_MESSAGE, Errors.dropped(SEND_MESSAGE));

    assertThatThrownBy(() -> client.sendMessage(42, "hi")).isInstanceOf(TransportException.class);
    assertThat(delegate.calls(SEND_MESSAGE)).isEqualTo(1);
  }

  @Test
  void sendMessage_serverError_failsWithoutRetry() {
    delegate.failNext(SEND_MESSAGE, Errors.server(SEND_MESSAGE));

    assertThatThrownBy(() -> client.sendMessage(42, "hi")).isInstanceOf(ServerException.class);
    assertThat(delegate.calls(SEND_MESSAGE)).isEqualTo(1);
  }

  @Test
  void sendMessage_connectionRefusedThenOk_succeedsOnSecondAttempt() {
    delegate.failNext(SEND_MESSAGE, Errors.refused(SEND_MESSAGE));

    assertThat(client.sendMessage(42, "hi")).isEqualTo(ScriptedChat2Desk.SENT);
    assertThat(delegate.calls(SEND_MESSAGE)).isEqualTo(2);
  }

  @Test
  void sendMessage_rateLimitedWithRetryAfter_waitsExactlyRetryAfterThenSucceeds() {
    delegate.failNext(SEND_MESSAGE, Errors.rateLimited(SEND_MESSAGE, Duration.ofSeconds(1)));

    assertThat(client.sendMessage(42, "hi")).isEqualTo(ScriptedChat2Desk.SENT);
    assertThat(waits).containsExactly(Duration.ofSeconds(1));
    assertThat(delegate.calls(SEND_MESSAGE)).isEqualTo(2);
  }

  @Test
  void listClients_twoServerErrors_succeedsOnThirdAttempt() {
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS), Errors.server(LIST_CLIENTS));

    assertThat(client.listClients().items()).isEmpty();
    assertThat(delegate.calls(LIST_CLIENTS)).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(
      value = Operation.class,
      names = {"LIST_MESSAGES", "LIST_CLIENTS", "LIST_TRANSFERS"})
  void reads_readTimeoutThenServerError_retriedUntilSuccess(Operation operation) {
    delegate.failNext(operation, Errors.readTimeout(operation), Errors.server(operation));

    invoke(operation);

    assertThat(delegate.calls(operation)).isEqualTo(3);
  }

  static Stream<Arguments> callerErrors() {
    return Stream.of(Operation.values())
        .flatMap(
            operation ->
                Stream.<Function<Operation, Chat2DeskException>>of(
                        Errors::notFound, Errors::unauthorized, Errors::invalid, Errors::quota)
                    .map(error -> Arguments.of(operation, error.apply(operation))));
  }

  @ParameterizedTest
  @MethodSource("callerErrors")
  void anyOperation_callerError_failsWithoutRetry(Operation operation, Chat2DeskException error) {
    delegate.failNext(operation, error);

    assertThatThrownBy(() -> invoke(operation)).isSameAs(error);
    assertThat(delegate.calls(operation)).isEqualTo(1);
  }

  @Test
  void listMessages_noRetryAfter_backsOffExponentially() {
    delegate.failNext(LIST_MESSAGES, Errors.server(LIST_MESSAGES), Errors.server(LIST_MESSAGES));

    client.listMessages(42);

    assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void listMessages_everyAttemptFails_throwsLastFailureAfterMaxAttempts() {
    Chat2DeskException last = Errors.server(LIST_MESSAGES);
    delegate.failNext(
        LIST_MESSAGES, Errors.readTimeout(LIST_MESSAGES), Errors.server(LIST_MESSAGES), last);

    assertThatThrownBy(() -> client.listMessages(42)).isSameAs(last);
    assertThat(delegate.calls(LIST_MESSAGES)).isEqualTo(ResilienceDefaults.DEFAULT_MAX_ATTEMPTS);
  }

  @Test
  void listTransfers_retryAfterLongerThanMax_failsWithoutWaiting() {
    Chat2Desk strict = Fixtures.wrap(delegate, waits).maxRetryAfter(Duration.ofSeconds(2)).build();
    delegate.failNext(LIST_TRANSFERS, Errors.rateLimited(LIST_TRANSFERS, Duration.ofMinutes(5)));

    assertThatThrownBy(strict::listTransfers).isInstanceOf(RateLimitedException.class);
    assertThat(waits).isEmpty();
  }

  @Test
  void sendMessage_configRetryingEverything_stillNeverRepeatsUnsafeSend() {
    RetryConfig everything =
        RetryConfig.custom()
            .maxAttempts(5)
            .retryExceptions(Chat2DeskException.class)
            .waitDuration(Duration.ofMillis(1))
            .build();
    Chat2Desk eager = Fixtures.wrap(delegate, waits).retry(everything).build();
    delegate.failNext(SEND_MESSAGE, Errors.readTimeout(SEND_MESSAGE));
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS), Errors.server(LIST_CLIENTS));

    assertThatThrownBy(() -> eager.sendMessage(42, "hi")).isInstanceOf(TransportException.class);
    eager.listClients();

    assertThat(delegate.calls(SEND_MESSAGE)).isEqualTo(1);
    assertThat(delegate.calls(LIST_CLIENTS)).isEqualTo(3);
    assertThat(waits).containsExactly(Duration.ofMillis(1), Duration.ofMillis(1));
  }

  @Test
  void retry_perOperationConfig_overridesOnlyThatOperation() {
    Chat2Desk custom =
        Fixtures.wrap(delegate, waits)
            .retry(LIST_CLIENTS, RetryConfig.custom().maxAttempts(1).build())
            .build();
    delegate.failNext(LIST_CLIENTS, Errors.server(LIST_CLIENTS));
    delegate.failNext(LIST_TRANSFERS, Errors.server(LIST_TRANSFERS));

    assertThatThrownBy(custom::listClients).isInstanceOf(ServerException.class);
    custom.listTransfers(ListTransfers.of());

    assertThat(delegate.calls(LIST_CLIENTS)).isEqualTo(1);
    assertThat(delegate.calls(LIST_TRANSFERS)).isEqualTo(2);
  }

  @Test
  void build_registryHoldsRetryThatRepeatsAnything_refusesUnsafeSendRetry() {
    RetryRegistry registry = RetryRegistry.ofDefaults();
    registry.retry("chat2desk.sendMessage");

    assertThatThrownBy(() -> Fixtures.wrap(delegate, waits).retryRegistry(registry).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("chat2desk.sendMessage");
  }

  @Test
  void build_sharedRegistryUsedTwice_secondClientSharesTheFirstsSafeRetries() {
    RetryRegistry registry = RetryRegistry.ofDefaults();
    Fixtures.wrap(delegate, waits).retryRegistry(registry).build();

    Chat2Desk second = Fixtures.wrap(delegate, waits).retryRegistry(registry).build();
    delegate.failNext(SEND_MESSAGE, Errors.readTimeout(SEND_MESSAGE));

    assertThatThrownBy(() -> second.sendMessage(42, "hi")).isInstanceOf(TransportException.class);
    assertThat(delegate.calls(SEND_MESSAGE)).isEqualTo(1);
    assertThat(registry.getAllRetries()).hasSize(Operation.values().length);
  }

  @Test
  void build_sharedRegistry_registersOneRetryPerOperation() {
    RetryRegistry registry = RetryRegistry.ofDefaults();

    Fixtures.wrap(delegate, waits).retryRegistry(registry).name("acme").build();

    assertThat(registry.getAllRetries())
        .extracting(retry -> retry.getName())
        .containsExactlyInAnyOrderElementsOf(
            Stream.of(Operation.values()).map(o -> "acme." + o.methodName()).toList());
  }

  @Test
  void sleeper_interrupted_endsRetryWithLastFailureAndKeepsFlag() {
    Chat2Desk interrupted =
        Fixtures.wrap(delegate, waits)
            .sleeper(
                wait -> {
                  throw new InterruptedException();
                })
            .build();
    Chat2DeskException first = Errors.server(LIST_CLIENTS);
    delegate.failNext(LIST_CLIENTS, first);

    try {
      assertThatThrownBy(interrupted::listClients).isSameAs(first);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(delegate.calls(LIST_CLIENTS)).isEqualTo(1);
  }

  private void invoke(Operation operation) {
    // A switch expression must cover every operation, so a new one cannot be forgotten here.
    Chat2DeskRequest<?> request =
        switch (operation) {
          case SEND_MESSAGE -> SendMessage.of(42, "hi");
          case LIST_MESSAGES -> ListMessages.of(42);
          case LIST_CLIENTS -> ListClients.of();
          case GET_CLIENT -> GetClient.of(42);
          case LIST_TRANSFERS -> ListTransfers.of();
          // Compile fix only: feign-wider's branch covers every other operation.
          default -> throw new UnsupportedOperationException("no sample for " + operation);
        };
    client.execute(request);
  }
}
