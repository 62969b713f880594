package com.example.transports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.feign.HttpClientChoice;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.mock.state.SeedClient;
import dev.chat2desk4j.testkit.Chat2DeskMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransportsTest {

  @RegisterExtension
  static Chat2DeskMockExtension chat2deskMock =
      Chat2DeskMockExtension.builder()
          .token("consumer-token")
          .seed(Seed.builder().client(SeedClient.of("Anna", "79001234567")).build())
          .build();

  @Test
  void listClients_overOkHttp_readsTheSeededClient(Chat2DeskMockServer server) {
    assertThat(namesOfClients(server, HttpClientChoice.okHttp())).containsExactly("Anna");
  }

  @Test
  void listClients_overApacheHc5_readsTheSeededClient(Chat2DeskMockServer server) {
    assertThat(namesOfClients(server, HttpClientChoice.apacheHc5())).containsExactly("Anna");
  }

  private static List<String> namesOfClients(
      Chat2DeskMockServer server, HttpClientChoice transport) {
    try (Chat2Desk chat2desk =
        FeignChat2Desk.builder()
            .token("consumer-token")
            .baseUrl(server.baseUrl())
            .httpClient(transport)
            .build()) {
      return chat2desk.listClients().items().stream().map(Client::name).toList();
    }
  }
}
