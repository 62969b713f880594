package dev.chat2desk4j.resilience.bench;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Transport;
import java.util.List;

/**
 * An in-memory delegate that answers prepared values, so a benchmark measures only the decorator.
 */
final class ConstantChat2Desk implements Chat2Desk {

  private static final SentMessage SENT =
      new SentMessage(9001, 42, MessageType.TO_CLIENT, Transport.TELEGRAM, 12L, 3L, 777L, 555L);
  private static final Page<Client> CLIENTS =
      new Page<>(List.of(Client.of(42, "Anna", "79001234567")), 1, 20, 0);

  @Override
  @SuppressWarnings("unchecked")
  public <R> R execute(Chat2DeskRequest<R> request) {
    return (R)
        switch (request.operation()) {
          case SEND_MESSAGE -> SENT;
          case LIST_CLIENTS -> CLIENTS;
          case GET_CLIENT -> CLIENTS.items().get(0);
          default -> new Page<>(List.of(), 0, 20, 0);
        };
  }

  @Override
  public Chat2Desk withToken(String token) {
    return this;
  }

  @Override
  public void close() {}
}
