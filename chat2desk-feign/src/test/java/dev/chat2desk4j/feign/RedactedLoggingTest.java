package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Captures the client's DEBUG log at {@link LogLevel#FULL} (slf4j-simple writes to {@code
 * System.err}; surefire enables DEBUG for this package and for HttpClient 5's own header and wire
 * loggers) and proves no token ever appears in it.
 */
class RedactedLoggingTest {

  private static final String TOKEN = "s3cr3t-token-6f1b2c9d";
  private static final String OTHER_TOKEN = "s3cr3t-other-a8e4f0c7";

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream originalErr;
  private Chat2DeskMockServer server;

  @BeforeEach
  void captureLog() {
    server = Chat2DeskMockServer.builder().token(TOKEN).token(OTHER_TOKEN).build().start();
    originalErr = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreLog() {
    System.setErr(originalErr);
    server.close();
  }

  @Test
  void fullLogging_bigAnswer_logsItsStartWithANoteOfTheCut() {
    for (int i = 1; i <= 200; i++) {
      server.state().account(TOKEN).createClient("Client " + i, String.format("7900%07d", i));
    }
    try (FeignChat2Desk client =
        FeignChat2Desk.builder()
            .token(TOKEN)
            .baseUrl(server.baseUrl())
            .logLevel(LogLevel.FULL)
            .build()) {

      assertThat(client.listClients(ListClients.of().withOffset(0).withLimit(200)).items())
          .hasSize(200);
    }

    String log = captured.toString(StandardCharsets.UTF_8);
    originalErr.print(log);
    String bodyLine =
        log.lines().filter(line -> line.contains("{\"data\":[")).findFirst().orElseThrow();
    assertThat(bodyLine).contains("... (cut: 4096 of ").contains("Client 1\"");
    assertThat(bodyLine.substring(bodyLine.indexOf("{\"data\":[")))
        .hasSizeLessThan(RedactingLogger.MAX_LINE + 40);
  }

  @Test
  void fullLogging_everyKindOfExchange_masksAuthorizationAndNeverShowsToken() {
    assertThat(LoggerFactory.getLogger(FeignChat2Desk.class).isDebugEnabled())
        .as("surefire enables DEBUG for dev.chat2desk4j.feign")
        .isTrue();
    assertThat(LoggerFactory.getLogger("org.apache.hc.client5.http.wire").isDebugEnabled())
        .as("surefire enables DEBUG for HttpClient 5's wire log")
        .isTrue();
    Client anna = server.state().account(TOKEN).createClient("Anna", "79001234567");
    server.state().account(OTHER_TOKEN).createClient("Boris", "79007654321");
    List<Throwable> failures = new ArrayList<>();

    for (HttpClientChoice choice :
        List.of(HttpClientChoice.jdk(), HttpClientChoice.okHttp(), HttpClientChoice.apacheHc5())) {
      try (FeignChat2Desk client =
          FeignChat2Desk.builder()
              .token(TOKEN)
              .baseUrl(server.baseUrl())
              .httpClient(choice)
              .logLevel(LogLevel.FULL)
              .readTimeout(Duration.ofSeconds(5))
              .build()) {
        client.listClients();
        client.sendMessage(anna.id(), "hello " + choice.name());
        client.withToken(OTHER_TOKEN).listClients();
        server
            .faults()
            .on(Operation.LIST_CLIENTS)
            .respond(401)
            .body("{\"status\": \"error\", \"message\": \"Token " + TOKEN + " is wrong\"}")
            .once();
        failures.add(catchThrowable(client::listClients));
        server
            .faults()
            .on(Operation.LIST_TRANSFERS)
            .respond(429)
            .retryAfter(Duration.ofSeconds(2))
            .once();
        failures.add(catchThrowable(client::listTransfers));
        // always(): the JDK client repeats a GET once when a reused connection drops.
        server.faults().on(Operation.LIST_MESSAGES).dropConnection().always();
        failures.add(catchThrowable(() -> client.listMessages(anna.id())));
        server.faults().clear();
      }
    }

    String log = captured.toString(StandardCharsets.UTF_8);
    originalErr.print(log); // kept in the surefire report for a human to read
    assertThat(failures).allSatisfy(e -> assertThat(e).isInstanceOf(Chat2DeskException.class));
    assertThat(failures).allSatisfy(e -> assertThat(e.toString()).doesNotContain(TOKEN));
    assertThat(log)
        .contains("Authorization: ****")
        .contains("org.apache.hc.client5.http.headers - chat2desk4j-hc5-")
        .contains("---> POST http://127.0.0.1:" + server.port() + "/v1/messages")
        .contains("<--- GET /v1/clients?limit=20&offset=0 200 (")
        .contains("<--- GET /v1/clients?limit=20&offset=0 401 (")
        .contains("\"text\":\"hello okhttp\"")
        .contains("Token **** is wrong")
        .contains("<--- ERROR")
        .doesNotContain(TOKEN)
        .doesNotContain(OTHER_TOKEN);
  }
}
