package dev.chat2desk4j.testkit.example;

import com.sun.net.httpserver.HttpServer;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.CreateWebhook;
import dev.chat2desk4j.api.WebhookEvent;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.mock.state.SeedClient;
import dev.chat2desk4j.testkit.Chat2DeskMockExtension;
import dev.chat2desk4j.webhooks.Chat2DeskEvent;
import dev.chat2desk4j.webhooks.Inbox;
import dev.chat2desk4j.webhooks.WebhookEvents;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebhookExampleTest {

  /** The code under test: a tiny receiver that answers every customer message through the API. */
  static final class AutoReply implements AutoCloseable {
    private final HttpServer http;

    AutoReply(Chat2Desk chat2desk) throws IOException {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      http.createContext(
          "/chat2desk",
          exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
              Chat2DeskEvent event = WebhookEvents.parse(body.readAllBytes());
              if (event instanceof Inbox inbox) {
                chat2desk.sendMessage(inbox.clientId(), "Thanks! We read: " + inbox.text());
              }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
          });
      http.start();
    }

    String url() {
      return "http://127.0.0.1:" + http.getAddress().getPort() + "/chat2desk";
    }

    @Override
    public void close() {
      http.stop(0);
    }
  }

  @RegisterExtension
  static Chat2DeskMockExtension chat2deskMock =
      Chat2DeskMockExtension.builder()
          .token("my-token")
          .seed(Seed.builder().client(SeedClient.of("Anna", "79001234567")).build())
          .build();

  @Test
  void customerWrites_receiverAnswers(Chat2DeskMockServer server, Chat2Desk chat2desk)
      throws IOException {
    long anna = chat2desk.listClients().items().get(0).id();
    try (AutoReply receiver = new AutoReply(chat2desk)) {
      chat2desk.webhooks().create(CreateWebhook.of(receiver.url(), WebhookEvent.INBOX));

      server.customer(anna).writes("Where is my order?");

      // The delivery is journalled once the receiver answered, so its reply is already sent.
      server
          .webhooks()
          .verify()
          .delivered(WebhookEvent.INBOX)
          .to(receiver.url())
          .within(Duration.ofSeconds(5));
      server.verify().messageSent().to(anna).withText("Thanks! We read: Where is my order?").once();
    }
  }
}
