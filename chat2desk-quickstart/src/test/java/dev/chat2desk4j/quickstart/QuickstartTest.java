package dev.chat2desk4j.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.Seed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickstartTest {

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final Quickstart quickstart =
      new Quickstart(new PrintStream(output, true, StandardCharsets.UTF_8));

  @Test
  void run_embedded_findsOrCreatesByPhoneSendsReassignsAndSummarisesMetrics() {
    int status = quickstart.run(Settings.fromEnvironment(Map.of()));

    String printed = output.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(printed)
        .contains("Clients (5 of 5):")
        .contains("Anna")
        .contains("Client by phone +79005550123: #6 +79005550123; asked again: #6 (the same")
        .containsPattern("Sent message #\\d+ to client #6 via \\w+ \\(dialog #\\d+\\)")
        .contains("Hello from the chat2desk4j quickstart!")
        .containsPattern("Reassigned dialog #\\d+: operator (none|#\\d+) -> #\\d+")
        .contains("Dialog transfers (3 of 3):")
        .containsPattern("createClient\\s+SUCCESS\\s+1 call")
        .containsPattern("updateDialog\\s+SUCCESS\\s+1 call")
        .containsPattern("sendMessage\\s+SUCCESS\\s+1 call")
        .containsPattern("listTransfers\\s+SUCCESS\\s+1 call")
        .doesNotContain(Quickstart.DEMO_TOKEN);
  }

  @Test
  void run_embeddedTwice_createsTheDemoClientOnceAndTransfersOncePerRun() {
    try (Chat2DeskMockServer server =
        Chat2DeskMockServer.builder()
            .token(Quickstart.DEMO_TOKEN)
            .seed(Seed.demo())
            .build()
            .start()) {
      Settings settings =
          Settings.fromEnvironment(
              Map.of(
                  Settings.TOKEN,
                  Quickstart.DEMO_TOKEN,
                  Settings.BASE_URL,
                  server.baseUrl().toString()));

      assertThat(quickstart.run(settings)).isZero();
      assertThat(quickstart.run(settings)).isZero();

      MockAccount account = server.state().account(Quickstart.DEMO_TOKEN);
      assertThat(account.clients()).hasSize(6);
      assertThat(account.messagesOf(6)).hasSize(2);
      assertThat(account.transfers()).hasSize(4);
    }
  }

  @Test
  void run_realAccountWithoutClientId_readsButNeverSends() {
    try (Chat2DeskMockServer server =
        Chat2DeskMockServer.builder().token("someone-else").seed(Seed.demo()).build().start()) {
      Settings settings =
          Settings.fromEnvironment(
              Map.of(
                  Settings.TOKEN, "someone-else", Settings.BASE_URL, server.baseUrl().toString()));

      int status = quickstart.run(settings);

      assertThat(status).isZero();
      assertThat(output.toString(StandardCharsets.UTF_8))
          .contains("Not sending a message")
          .doesNotContain("someone-else");
      assertThat(server.state().account("someone-else").messagesOf(1)).hasSize(3);
    }
  }

  @Test
  void run_badToken_failsWithTheApiErrorAndExitStatusOne() {
    try (Chat2DeskMockServer server =
        Chat2DeskMockServer.builder().token("right").build().start()) {
      Settings settings =
          Settings.fromEnvironment(
              Map.of(Settings.TOKEN, "wrong", Settings.BASE_URL, server.baseUrl().toString()));

      int status = quickstart.run(settings);

      assertThat(status).isEqualTo(1);
      assertThat(output.toString(StandardCharsets.UTF_8))
          .contains("The API call failed: listClients failed")
          .contains("401")
          .doesNotContain("wrong");
    }
  }

  @Test
  void settings_nonNumericClientId_throwsNamingTheVariable() {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of(Settings.CLIENT_ID, "anna")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CHAT2DESK_CLIENT_ID must be a client id (a whole number) but was 'anna'");
  }
}
