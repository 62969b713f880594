package dev.chat2desk4j.testkit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.mock.state.SeedClient;
import dev.chat2desk4j.testkit.Chat2DeskMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReadmeExampleTest {

  /** The code under test: your own service, which only knows the Chat2Desk interface. */
  static final class Greeter {
    private final Chat2Desk chat2desk;

    Greeter(Chat2Desk chat2desk) {
      this.chat2desk = chat2desk;
    }

    void greet(long clientId, String name) {
      chat2desk.sendMessage(clientId, "Welcome, " + name + "!");
    }
  }

  // One fake server for the class, reset to this seed before every test.
  @RegisterExtension
  static Chat2DeskMockExtension chat2deskMock =
      Chat2DeskMockExtension.builder()
          .token("my-token")
          .seed(Seed.builder().client(SeedClient.of("Anna", "79001234567")).build())
          .build();

  @Test
  void greet_knownClient_sendsOneWelcome(Chat2DeskMockServer server, Chat2Desk chat2desk) {
    long anna = chat2desk.listClients().items().get(0).id();

    new Greeter(chat2desk).greet(anna, "Anna");

    server.verify().messageSent().to(anna).withText("Welcome, Anna!").once();
    assertThat(chat2desk.listMessages(anna).items())
        .extracting(Message::text)
        .containsExactly("Welcome, Anna!");
  }

  @Test
  void greet_apiDown_failsWithoutSending(Chat2DeskMockServer server, Chat2Desk chat2desk) {
    long anna = chat2desk.listClients().items().get(0).id();
    server.faults().on(Operation.SEND_MESSAGE).respond(503).times(2);

    assertThatThrownBy(() -> new Greeter(chat2desk).greet(anna, "Anna"))
        .isInstanceOf(ServerException.class);
    server.verify().noMessagesSent();
    server.verify().requests(Operation.SEND_MESSAGE).withStatus(503).once();
  }
}
