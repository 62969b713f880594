package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.fault.FaultRule;
import dev.chat2desk4j.mock.fault.Faults;
import dev.chat2desk4j.mock.journal.JournalEntry;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {

  private static final String SEND = "{\"client_id\": 1, \"text\": \"hi\"}";

  private static Chat2DeskMockServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server =
        Chat2DeskMockServer.builder()
            .token(Fixtures.TOKEN, Fixtures.seed())
            .clock(Fixtures.CLOCK)
            .random(new SplittableRandom(42))
            .build()
            .start();
    http = new Http(server.baseUrl(), Fixtures.TOKEN);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  @Test
  void respond_429WithRetryAfter_answersEnvelopeAndHeaderInWholeSeconds() {
    server
        .faults()
        .on(Operation.SEND_MESSAGE)
        .respond(429)
        .retryAfter(Duration.ofMillis(1500))
        .once();

    Http.Response response = http.post("/v1/messages", SEND);

    response.is(429, json("{'status': 'error', 'message': 'Number of API requests exceeded'}"));
    assertThat(response.raw().headers().firstValue("Retry-After")).hasValue("2");
    assertThat(messageCount()).isEqualTo(2);
  }

  @Test
  void respond_503_answersDefaultEnvelopeWithoutTouchingState() {
    server.faults().on(Operation.SEND_MESSAGE).respond(503).once();

    http.post("/v1/messages", SEND)
        .is(503, json("{'status': 'error', 'message': 'Service unavailable'}"));
    assertThat(messageCount()).isEqualTo(2);
  }

  @Test
  void respond_withBody_answersExactlyThatBody() {
    String body = "{\"status\":\"error\",\"message\":\"API calls exceeded API limit per month\"}";
    server.faults().on("GET", "/v1/clients").respond(200).body(body).once();

    Http.Response response = http.get("/v1/clients");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(body);
  }

  @Test
  void times_firesForTheNextNMatchingRequestsThenRemovesItself() {
    FaultRule rule = server.faults().on(Operation.LIST_CLIENTS).respond(500).times(2);

    int[] statuses = IntStream.range(0, 3).map(i -> http.get("/v1/clients").status()).toArray();

    assertThat(statuses).containsExactly(500, 500, 200);
    assertThat(rule.remaining()).hasValue(0);
    assertThat(rule.fired()).isEqualTo(2);
    assertThat(server.faults().rules()).isEmpty();
  }

  @Test
  void always_firesUntilRemoved() {
    FaultRule rule = server.faults().on("*", "/v1/clients*").respond(502).always();

    assertThat(http.get("/v1/clients").status()).isEqualTo(502);
    assertThat(http.get("/v1/clients/1").status()).isEqualTo(502);
    assertThat(rule.remaining()).isEmpty();
    assertThat(rule.remove()).isTrue();
    assertThat(http.get("/v1/clients").status()).isEqualTo(200);
  }

  @Test
  void operationRule_matchesOnlyItsMethodAndPath() {
    server.faults().on(Operation.LIST_CLIENTS).respond(500).always();

    assertThat(http.get("/v1/clients/1").status()).isEqualTo(200);
    assertThat(http.post("/v1/clients", "{\"phone\": \"123\"}").status()).isEqualTo(200);
    assertThat(http.get("/v1/messages?client_id=1").status()).isEqualTo(200);
    assertThat(http.get("/v1/clients/").status()).isEqualTo(500);
  }

  @Test
  void withProbability_zeroNeverOneAlwaysHalfSometimes() {
    server.faults().on(Operation.LIST_MESSAGES).respond(500).withProbability(0.0);
    server.faults().on(Operation.LIST_CLIENTS).respond(500).withProbability(1.0);
    server.faults().on(Operation.LIST_TRANSFERS).respond(500).withProbability(0.5);

    long messageFaults = countStatus("/v1/messages", 500);
    long clientFaults = countStatus("/v1/clients", 500);
    long transferFaults = countStatus("/v1/transfers", 500);

    assertThat(messageFaults).isZero();
    assertThat(clientFaults).isEqualTo(20);
    assertThat(transferFaults).isBetween(1L, 19L);
  }

  @Test
  void rulesAreTriedOldestFirst() {
    server.faults().on(Operation.LIST_CLIENTS).respond(503).once();
    server.faults().on("GET", "/v1/*").respond(500).once();

    assertThat(http.get("/v1/clients").status()).isEqualTo(503);
    assertThat(http.get("/v1/clients").status()).isEqualTo(500);
    assertThat(http.get("/v1/clients").status()).isEqualTo(200);
  }

  @Test
  void dropConnection_closesWithoutAnswerAndStoresNothing() {
    server.faults().on(Operation.SEND_MESSAGE).dropConnection().once();

    assertThatThrownBy(() -> http.post("/v1/messages", SEND))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(messageCount()).isEqualTo(2);
    assertThat(server.journal()).last().extracting(JournalEntry::status).isEqualTo(0);
    assertThat(http.post("/v1/messages", SEND).status()).isEqualTo(200);
  }

  @Test
  void storeThenDrop_storesTheMessageThenClosesWithoutAnswer() {
    server.faults().on(Operation.SEND_MESSAGE).storeThenDrop().once();

    assertThatThrownBy(() -> http.post("/v1/messages", SEND))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(messageCount()).isEqualTo(3);
    assertThat(server.journal()).last().extracting(JournalEntry::status).isEqualTo(0);
    server.verify().messageSent().to(1).withText("hi").once();
    assertThat(http.post("/v1/messages", SEND).status()).isEqualTo(200);
  }

  @Test
  void operationRule_getClient_matchesAnyIdButNothingElse() {
    server.faults().on(Operation.GET_CLIENT).respond(503).always();

    assertThat(http.get("/v1/clients/1").status()).isEqualTo(503);
    assertThat(http.get("/v1//clients/2/").status()).isEqualTo(503);
    assertThat(http.get("/v1/clients/1/messages").status()).isEqualTo(404);
    assertThat(http.get("/v1/clients").status()).isEqualTo(200);
  }

  @Test
  void delay_longerThanCallerTimeout_timesTheCallerOut() {
    server.faults().on(Operation.LIST_CLIENTS).delay(Duration.ofSeconds(1)).once();

    assertThatThrownBy(() -> http.send("GET", "/v1/clients", null, null, Duration.ofMillis(100)))
        .hasCauseInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void delay_withinCallerTimeout_thenAnswersNormally() {
    server.faults().on(Operation.SEND_MESSAGE).delay(Duration.ofMillis(50)).once();

    Http.Response response = http.post("/v1/messages", SEND);

    assertThat(response.status()).isEqualTo(200);
    assertThat(messageCount()).isEqualTo(3);
  }

  @Test
  void acceptThenDelay_storesTheMessageAlthoughTheCallerTimesOut() {
    server.faults().on(Operation.SEND_MESSAGE).acceptThenDelay(Duration.ofSeconds(2)).once();

    assertThatThrownBy(
            () ->
                http.send("POST", "/v1/messages", SEND, "application/json", Duration.ofMillis(500)))
        .hasCauseInstanceOf(HttpTimeoutException.class);
    await().atMost(Duration.ofSeconds(5)).until(() -> messageCount() == 3);
  }

  @Test
  void adminPaths_neverFaulted() {
    server.faults().on("*", "*").respond(500).always();

    assertThat(http.get("/__admin/health").status()).isEqualTo(200);
    assertThat(http.get("/v1/clients").status()).isEqualTo(500);
  }

  @Test
  void clear_removesEveryRule() {
    server.faults().on(Operation.LIST_CLIENTS).respond(500).always();
    server.faults().on(Operation.SEND_MESSAGE).dropConnection().always();

    server.faults().clear();

    assertThat(server.faults().rules()).isEmpty();
    assertThat(http.get("/v1/clients").status()).isEqualTo(200);
  }

  @Test
  void builder_misuse_isRejected() {
    Faults faults = server.faults();

    assertThatThrownBy(() -> faults.on(Operation.SEND_MESSAGE).respond(500).delay(Duration.ZERO))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one action");
    assertThatThrownBy(() -> faults.on(Operation.SEND_MESSAGE).retryAfter(Duration.ZERO))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> faults.on(Operation.SEND_MESSAGE).always())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> faults.on(Operation.SEND_MESSAGE).respond(500).times(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faults.on(Operation.SEND_MESSAGE).respond(500).withProbability(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faults.on(Operation.SEND_MESSAGE).respond(99))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(faults.rules()).isEmpty();
  }

  private static long countStatus(String path, int status) {
    return IntStream.range(0, 20).filter(i -> http.get(path).status() == status).count();
  }

  private static int messageCount() {
    return server.state().account(Fixtures.TOKEN).messages().size();
  }
}
