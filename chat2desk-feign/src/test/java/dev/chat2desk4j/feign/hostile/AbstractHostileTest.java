package dev.chat2desk4j.feign.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.TransportException;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.feign.HttpClientChoice;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The hostile-server suite, first half: a server that stalls, drips, resets, talks nonsense or
 * sends too much, run against every HTTP client (one subclass per client). Every case asserts the
 * exception type, a useful message without the token, {@code mayHaveBeenDelivered()}, and that the
 * call ended within its call timeout plus {@link #MARGIN} (a bound for correctness, not a
 * performance figure). Each case adds a row to {@link HostileReport}.
 */
abstract class AbstractHostileTest {

  static final String TOKEN = "hostile/t0k3n\"9f+a1c";
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(1);
  static final Duration MARGIN = Duration.ofSeconds(2);
  static final int MAX_RESPONSE_SIZE = 64 * 1024;
  static final String LIST_CLIENTS = "GET /v1/clients?limit=20&offset=0";

  static HostileServer server;

  FeignChat2Desk client;
  String caseName;

  /** The HTTP client under test. */
  abstract HttpClientChoice httpClient();

  /** How many requests one GET call may put on the wire: the JDK client repeats some by itself. */
  abstract int requestsPerGetCall();

  @BeforeAll
  static void startServer() throws IOException {
    server = HostileServer.start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.close();
  }

  @BeforeEach
  void newClient(TestInfo test) {
    caseName = test.getTestMethod().orElseThrow().getName();
    server.resetCounts();
    client = builder().build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  FeignChat2Desk.Builder builder() {
    return FeignChat2Desk.builder()
        .token(TOKEN)
        .baseUrl(server.baseUrl())
        .httpClient(httpClient())
        .connectTimeout(CALL_TIMEOUT)
        .readTimeout(Duration.ofSeconds(30))
        .callTimeout(CALL_TIMEOUT)
        .maxResponseSize(MAX_RESPONSE_SIZE);
  }

  @Test
  void stalledHeaders_listClients_endsAtTheCallTimeout() {
    server.script(Scripts.stallHeaders());

    assertTransport(fails(client::listClients), true);
    awaitClientLetGo();
  }

  @Test
  void stalledHeaders_sendMessage_isSentOnceAndMayHaveBeenDelivered() {
    server.script(Scripts.stallHeaders());

    assertTransport(fails(() -> client.sendMessage(42, "hi")), true);
    assertThat(server.received()).hasSize(1);
    awaitClientLetGo();
  }

  @Test
  void stalledBody_listClients_endsAtTheCallTimeout() {
    server.script(Scripts.stallBody());

    assertTransport(fails(client::listClients), true);
    awaitClientLetGo();
  }

  @Test
  void slowDrip_listClients_endsAtTheCallTimeoutThoughBytesKeepComing() {
    server.script(Scripts.drip(Duration.ofMillis(200)));

    assertTransport(fails(client::listClients), true);
    awaitClientLetGo();
  }

  @Test
  void slowDrip_sendMessage_endsAtTheCallTimeoutAndMayHaveBeenDelivered() {
    server.script(Scripts.drip(Duration.ofMillis(200)));

    assertTransport(fails(() -> client.sendMessage(42, "hi")), true);
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void resetBeforeTheRequestIsRead_listClients_isTransportFailureNotProcessed() {
    server.script(Scripts.resetBeforeRequest());

    Chat2DeskException failure = fails(client::listClients);

    // The server read nothing, so either answer is true: "may have" from a client that wrote the
    // request before the reset came, "not delivered" from one that saw it while connecting.
    assertThat(failure).isInstanceOf(TransportException.class);
    assertThat(server.received()).isEmpty();
    assertThat(server.connections()).isBetween(1, requestsPerGetCall());
  }

  @Test
  void resetBeforeTheRequestIsRead_sendMessage_isNeverProcessed() {
    server.script(Scripts.resetBeforeRequest());

    Chat2DeskException failure = fails(() -> client.sendMessage(42, "hi"));

    assertThat(failure).isInstanceOf(TransportException.class);
    assertThat(server.received()).isEmpty();
    // A client may try to connect once more (the JDK's does): nothing was sent either time.
    assertThat(server.connections()).isBetween(1, requestsPerGetCall());
  }

  @Test
  void resetAfterTheRequestIsRead_listClients_mayHaveBeenDelivered() {
    server.script(Scripts.resetAfterRequest());

    assertTransport(fails(client::listClients), true);
    assertThat(server.received()).hasSizeBetween(1, requestsPerGetCall());
  }

  @Test
  void resetAfterTheRequestIsRead_sendMessage_isSentOnce() {
    server.script(Scripts.resetAfterRequest());

    assertTransport(fails(() -> client.sendMessage(42, "hi")), true);
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void pooledConnectionDroppedBeforeTheAnswer_listClients_countsTheClientsOwnRepeat() {
    server.script(Scripts.answer(200, "{\"data\": [], \"status\": \"success\"}"));
    client.listClients();
    server.script(Scripts.resetAfterRequest());
    server.resetCounts();

    assertTransport(fails(client::listClients), true);
    assertThat(server.received()).hasSizeBetween(1, requestsPerGetCall());
  }

  @Test
  void pooledConnectionDroppedBeforeTheAnswer_sendMessage_isSentOnce() {
    server.script(Scripts.answer(200, "{\"data\": {\"message_id\": 1}, \"status\": \"success\"}"));
    client.sendMessage(42, "first");
    server.script(Scripts.resetAfterRequest());
    server.resetCounts();

    assertTransport(fails(() -> client.sendMessage(42, "second")), true);
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void garbageInsteadOfHttp_listClients_isTransportFailure() {
    server.script(Scripts.garbage());

    assertTransport(fails(client::listClients), true);
  }

  @Test
  void truncatedBody_listClients_isTransportFailure() {
    server.script(Scripts.truncated());

    assertTransport(fails(client::listClients), true);
  }

  @Test
  void oversizedBodyByContentLength_listClients_isInvalidResponse() {
    server.script(Scripts.oversized(MAX_RESPONSE_SIZE * 2, true));

    assertInvalid(fails(client::listClients), 200, "larger than the limit of 65536 bytes");
  }

  @Test
  void oversizedChunkedBody_listClients_isInvalidResponse() {
    server.script(Scripts.oversized(MAX_RESPONSE_SIZE * 2, false));

    assertInvalid(fails(client::listClients), 200, "larger than the limit of 65536 bytes");
  }

  @Test
  void connectionRefused_listClients_wasNeverDelivered() throws IOException {
    try (FeignChat2Desk nowhere = builder().baseUrl(closedPort()).build()) {

      assertTransport(fails(nowhere::listClients), false);
    }
  }

  /**
   * Runs a call that must fail, asserts what every case asserts (a library exception, in time,
   * naming the operation and never the token) and records the row.
   */
  Chat2DeskException fails(ThrowingCallable call) {
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(call);
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    HostileReport.record(
        caseName,
        httpClient().name(),
        HostileReport.outcome(thrown),
        millis,
        server.received().size());
    assertThat(thrown).isInstanceOf(Chat2DeskException.class);
    assertThat(Duration.ofMillis(millis)).isLessThanOrEqualTo(CALL_TIMEOUT.plus(MARGIN));
    assertThat(thrown.getMessage())
        .contains(" failed: ")
        .contains("/v1/")
        .doesNotContain(TOKEN)
        .doesNotContain("t0k3n");
    assertThat(thrown.toString()).doesNotContain("t0k3n");
    Chat2DeskException failure = (Chat2DeskException) thrown;
    assertThat(failure.bodyExcerpt().orElse("")).doesNotContain("t0k3n");
    return failure;
  }

  /** Records a call that must succeed, asserting it too ended in time. */
  <T> T succeeds(java.util.function.Supplier<T> call) {
    long start = System.nanoTime();
    T result = call.get();
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    HostileReport.record(caseName, httpClient().name(), "ok", millis, server.received().size());
    assertThat(Duration.ofMillis(millis)).isLessThanOrEqualTo(CALL_TIMEOUT.plus(MARGIN));
    return result;
  }

  static void assertTransport(Chat2DeskException failure, boolean mayHaveBeenDelivered) {
    assertThat(failure)
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.mayHaveBeenDelivered()).isEqualTo(mayHaveBeenDelivered))
        .hasMessageContaining("got no complete HTTP answer");
    assertThat(failure.status()).isZero();
  }

  static void assertInvalid(Chat2DeskException failure, int status, String problem) {
    assertThat(failure)
        .isInstanceOfSatisfying(
            InvalidResponseException.class, e -> assertThat(e.mayHaveBeenDelivered()).isTrue())
        .hasMessageContaining("answered HTTP " + status)
        .hasMessageContaining(problem);
    assertThat(failure.status()).isEqualTo(status);
  }

  /** The client closed the held connection: a call that timed out leaves nothing open. */
  static void awaitClientLetGo() {
    await().atMost(MARGIN).until(() -> server.closedByClients() >= 1);
  }

  private static URI closedPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    return URI.create("http://127.0.0.1:" + port);
  }
}
