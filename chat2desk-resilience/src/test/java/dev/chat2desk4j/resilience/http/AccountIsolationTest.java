package dev.chat2desk4j.resilience.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.TransportException;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.feign.HttpClientChoice;
import dev.chat2desk4j.feign.hostile.HostileReport;
import dev.chat2desk4j.feign.hostile.HostileServer;
import dev.chat2desk4j.feign.hostile.Scripts;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile suite's account-isolation case: {@link ResilientChat2Desk} over {@link
 * FeignChat2Desk} against a server on which one account's requests stall and another's are answered
 * at once. The stalled account fills its own bulkhead; the other is still served, and every stalled
 * call ends by the deadline.
 */
class AccountIsolationTest {

  private static final String STALLED = "token-stalled-1";
  private static final String SERVED = "token-served-2";
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(1);
  private static final Duration DEADLINE = Duration.ofMillis(1500);
  private static final Duration MARGIN = Duration.ofSeconds(2);
  private static final int SLOTS = 2;

  private HostileServer server;
  private final ExecutorService callers = Executors.newCachedThreadPool();

  static Stream<HttpClientChoice> httpClients() {
    return Stream.of(
        HttpClientChoice.jdk(), HttpClientChoice.okHttp(), HttpClientChoice.apacheHc5());
  }

  @BeforeEach
  void startServer() throws IOException {
    server = HostileServer.start();
    server.route(
        request ->
            STALLED.equals(request.header("Authorization"))
                ? Scripts.stallHeaders()
                : Scripts.answer(
                    200, "{\"data\": [], \"meta\": {\"total\": 0}, \"status\": \"success\"}"));
  }

  @AfterEach
  void stopServer() throws IOException {
    callers.shutdownNow();
    server.close();
  }

  @ParameterizedTest
  @MethodSource("httpClients")
  void oneAccountStalled_anotherAccount_isStillServedAndTheStalledCallsEndByTheDeadline(
      HttpClientChoice httpClient) {
    try (ResilientChat2Desk client = resilient(httpClient)) {
      Chat2Desk stalled = client.withToken(STALLED);
      List<CompletableFuture<Throwable>> hanging = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < SLOTS; i++) {
        hanging.add(
            CompletableFuture.supplyAsync(() -> catchThrowable(stalled::listClients), callers));
      }
      await().atMost(MARGIN).until(() -> server.received().size() >= SLOTS);

      Throwable refused = catchThrowable(stalled::listClients);
      long servedStart = System.nanoTime();
      int served = client.withToken(SERVED).listClients().items().size();
      long servedMillis = millisSince(servedStart);
      List<Throwable> ended = hanging.stream().map(CompletableFuture::join).toList();
      long stalledMillis = millisSince(start);

      HostileReport.record(
          "accountIsolation_servedAccountWhileAnotherStalls",
          httpClient.name(),
          "ok while the other account's bulkhead is full",
          servedMillis,
          server.received().size());
      HostileReport.record(
          "accountIsolation_stalledAccountsCalls",
          httpClient.name(),
          ended.stream().map(HostileReport::outcome).distinct().toList().toString(),
          stalledMillis,
          server.received().size());
      assertThat(served).isZero();
      assertThat(Duration.ofMillis(servedMillis)).isLessThan(CALL_TIMEOUT);
      assertThat(refused)
          .isInstanceOfSatisfying(
              CallRejectedException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.BULKHEAD_FULL))
          .hasMessageNotContaining(STALLED);
      assertThat(ended)
          .allSatisfy(
              e ->
                  assertThat(e)
                      .isInstanceOfSatisfying(
                          TransportException.class,
                          t -> assertThat(t.mayHaveBeenDelivered()).isTrue())
                      .hasMessageNotContaining(STALLED));
      assertThat(Duration.ofMillis(stalledMillis)).isLessThanOrEqualTo(DEADLINE.plus(MARGIN));
    }
  }

  @ParameterizedTest
  @MethodSource("httpClients")
  void stalledServer_deadlineShorterThanTheCallTimeout_endsTheAttemptInFlightAtTheDeadline(
      HttpClientChoice httpClient) {
    try (ResilientChat2Desk client =
        ResilientChat2Desk.wrap(feign(httpClient, Duration.ofSeconds(30)))
            .rateLimiter(MockApi.unlimited())
            .deadline(DEADLINE)
            .build()) {
      Chat2Desk stalled = client.withToken(STALLED);
      long start = System.nanoTime();

      Throwable thrown = catchThrowable(stalled::listClients);

      long millis = millisSince(start);
      HostileReport.record(
          "deadline_cutsTheAttemptInFlight",
          httpClient.name(),
          HostileReport.outcome(thrown),
          millis,
          server.received().size());
      assertThat(thrown)
          .isInstanceOfSatisfying(
              TransportException.class, t -> assertThat(t.mayHaveBeenDelivered()).isTrue())
          .hasMessageContaining("no complete answer within");
      assertThat(Duration.ofMillis(millis))
          .isGreaterThanOrEqualTo(DEADLINE.minusMillis(100))
          .isLessThanOrEqualTo(DEADLINE.plus(MARGIN));
      assertThat(server.received()).hasSize(1);
    }
  }

  @Test
  void withToken_tokenAHeaderCannotCarry_isRefusedByTheDelegateWithoutEchoingIt() {
    try (ResilientChat2Desk client = resilient(HttpClientChoice.jdk())) {

      assertThatThrownBy(() -> client.withToken("secret\r\nX-Injected: 1"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("a line break at position 6")
          .hasMessageNotContaining("secret");
    }
  }

  private ResilientChat2Desk resilient(HttpClientChoice httpClient) {
    return ResilientChat2Desk.wrap(feign(httpClient, CALL_TIMEOUT))
        .rateLimiter(MockApi.unlimited())
        .bulkhead(BulkheadConfig.custom().maxConcurrentCalls(SLOTS).build())
        .deadline(DEADLINE)
        .build();
  }

  private FeignChat2Desk feign(HttpClientChoice httpClient, Duration callTimeout) {
    return FeignChat2Desk.builder()
        .token(SERVED)
        .baseUrl(server.baseUrl())
        .httpClient(httpClient)
        .connectTimeout(CALL_TIMEOUT)
        .readTimeout(Duration.ofSeconds(30))
        .callTimeout(callTimeout)
        .build();
  }

  private static long millisSince(long start) {
    return Duration.ofNanos(System.nanoTime() - start).toMillis();
  }
}
