package dev.chat2desk4j.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Seed;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's usage example and checks that the README still shows exactly this code. */
class ReadmeUsageTest {

  private static final Path SOURCE =
      Path.of("src/test/java/dev/chat2desk4j/quickstart/ReadmeUsageTest.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void usageExample_againstTheFakeServer_sendsAndListsTheMessage() {
    List<String> printed = new ArrayList<>();
    try (Chat2DeskMockServer server =
        Chat2DeskMockServer.builder().token("my-token").seed(Seed.demo()).build().start()) {
      String token = "my-token";
      URI baseUrl = server.baseUrl();

      // readme:start
      try (Chat2Desk chat2desk = FeignChat2Desk.builder().token(token).baseUrl(baseUrl).build()) {
        Client anna = chat2desk.listClients().items().get(0);
        SentMessage sent = chat2desk.sendMessage(anna.id(), "Hello, Anna!");
        chat2desk.allMessages(anna.id()).forEach(message -> printed.add(message.text()));
      }
      // readme:end
    }

    assertThat(printed).hasSize(4).endsWith("Hello, Anna!");
  }

  @Test
  void servicesExample_againstTheFakeServer_createsOnceSendsAndReassigns() {
    try (Chat2DeskMockServer server =
            Chat2DeskMockServer.builder().token("my-token").seed(Seed.demo()).build().start();
        Chat2Desk chat2desk =
            FeignChat2Desk.builder().token("my-token").baseUrl(server.baseUrl()).build()) {
      long operatorId = 2;

      // readme-services:start
      Client client = chat2desk.clients().findOrCreateByPhone("+79005550123");
      SentMessage sent = chat2desk.sendMessage(client.id(), "Your order has shipped");
      chat2desk.dialogs().reassign(sent.dialogId(), operatorId);
      // readme-services:end

      assertThat(chat2desk.clients().findOrCreateByPhone("+79005550123").id())
          .isEqualTo(client.id());
      assertThat(chat2desk.dialogs().get(sent.dialogId()).operatorId()).isEqualTo(operatorId);
      assertThat(chat2desk.listTransfers(ListTransfers.of().withDialogId(sent.dialogId())).items())
          .singleElement()
          .satisfies(transfer -> assertThat(transfer.toOperatorId()).isEqualTo(operatorId));
    }
  }

  @Test
  void readme_showsTheUsageExampleVerbatim() throws IOException {
    assertThat(Files.readString(README))
        .contains(region("readme", 6).replace("printed.add", "System.out.println"));
  }

  @Test
  void readme_showsTheServicesExampleVerbatim() throws IOException {
    assertThat(Files.readString(README)).contains(region("readme-services", 6));
  }

  private static String region(String name, int indent) throws IOException {
    String source = Files.readString(SOURCE);
    String start = "// " + name + ":start";
    String snippet =
        source.substring(
            source.indexOf(start) + start.length(), source.indexOf("// " + name + ":end"));
    return snippet.strip().replaceAll("\n {" + indent + "}", "\n");
  }
}
