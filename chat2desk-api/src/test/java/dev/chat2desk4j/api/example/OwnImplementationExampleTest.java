package dev.chat2desk4j.api.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Transport;
import org.junit.jupiter.api.Test;

class OwnImplementationExampleTest {

  /**
   * A Chat2Desk of your own implements execute(..) and routes on the request's operation. A later
   * minor version may add operations: answer those you do not know with an exception, never null.
   */
  static final class SendOnlyChat2Desk implements Chat2Desk {
    private long nextId = 1;

    @Override
    @SuppressWarnings(
        "unchecked") // SEND_MESSAGE's request is a SendMessage, its answer SentMessage
    public synchronized <R> R execute(Chat2DeskRequest<R> request) {
      switch (request.operation()) {
        case SEND_MESSAGE:
          SendMessage send = (SendMessage) request;
          return (R)
              new SentMessage(
                  nextId++,
                  send.clientId(),
                  MessageType.TO_CLIENT,
                  Transport.WIDGET,
                  null,
                  null,
                  null,
                  null);
        default:
          throw new UnsupportedOperationException(request.operation().methodName());
      }
    }

    @Override
    public Chat2Desk withToken(String token) {
      return this;
    }

    @Override
    public void close() {}
  }

  @Test
  void typedMethods_goThroughExecute_andUnknownOperationsFailLoudly() {
    Chat2Desk chat2desk = new SendOnlyChat2Desk();

    SentMessage sent = chat2desk.sendMessage(42, "Hello");

    assertThat(sent.clientId()).isEqualTo(42);
    assertThatThrownBy(chat2desk::listClients)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("listClients");
    assertThatThrownBy(() -> SendMessage.of(42, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text");
  }
}
