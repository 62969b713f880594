package dev.chat2desk4j.testkit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.TransportException;
import dev.chat2desk4j.testkit.InMemoryChat2Desk;
import org.junit.jupiter.api.Test;

class InMemoryExampleTest {

  private final InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create("my-token");

  @Test
  void sendMessage_knownClient_isStored() {
    long anna = chat2desk.mockAccount().createClient("Anna", "79001234567").id();

    chat2desk.sendMessage(anna, "Hello");

    assertThat(chat2desk.listMessages(anna).items())
        .extracting(Message::text)
        .containsExactly("Hello");
  }

  @Test
  void sendMessage_unknownClient_failsAsTheApiDoes() {
    assertThatThrownBy(() -> chat2desk.sendMessage(42, "Hello"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("POST /v1/messages answered HTTP 404");
  }

  @Test
  void sendMessage_connectionLostAfterStoring_mayHaveBeenDelivered() {
    long anna = chat2desk.mockAccount().createClient("Anna", "79001234567").id();
    chat2desk.faults().on(Operation.SEND_MESSAGE).storeThenDrop().once();

    assertThatThrownBy(() -> chat2desk.sendMessage(anna, "Hello"))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.mayHaveBeenDelivered()).isTrue());
    assertThat(chat2desk.listMessages(anna).items()).hasSize(1);
  }
}
