package com.example.consumer;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.mock.state.SeedClient;
import dev.chat2desk4j.testkit.Chat2DeskMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NotifierTest {

  @RegisterExtension
  static Chat2DeskMockExtension chat2deskMock =
      Chat2DeskMockExtension.builder()
          .token("consumer-token")
          .seed(Seed.builder().client(SeedClient.of("Anna", "79001234567")).build())
          .build();

  @Test
  void notify_knownClient_sendsOneMessageThroughTheResilientHttpClient(
      Chat2DeskMockServer server, Chat2Desk chat2desk) {
    long anna = chat2desk.listClients().items().get(0).id();

    try (Notifier notifier = Notifier.connect(server.baseUrl(), "consumer-token")) {
      notifier.notify(anna, "Your order has shipped");
    }

    server.verify().messageSent().to(anna).withText("Your order has shipped").once();
  }
}
