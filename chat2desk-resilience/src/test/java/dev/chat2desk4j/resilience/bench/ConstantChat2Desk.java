package dev.chat2desk4j.resilience.bench;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SendMessage;
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

  /**
   * Answers the two operations the benchmark calls; any other is a mistake in the benchmark, not a
   * reason to answer a value of the wrong type.
   */
  @Override
  @SuppressWarnings("unchecked")
  public <R> R execute(Chat2DeskRequest<R> request) {
    if (request instanceof SendMessage) {
      return (R) SENT;
    }
    if (request instanceof ListClients) {
      return (R) CLIENTS;
    }
    throw new UnsupportedOperationException(
        "the benchmark does not call " + request.operation().methodName());
  }

  @Override
  public Chat2Desk withToken(String token) {
    return this;
  }

  @Override
  public void close() {}
}
