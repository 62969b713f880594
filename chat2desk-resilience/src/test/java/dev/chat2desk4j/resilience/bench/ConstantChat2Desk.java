package dev.chat2desk4j.resilience.bench;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Transfer;
import dev.chat2desk4j.api.Transport;
import java.util.List;

/**
 * An in-memory delegate that answers prepared values, so a benchmark measures only the decorator.
 */
final class ConstantChat2Desk implements Chat2Desk {

  private static final SentMessage SENT =
      new SentMessage(9001, 42, MessageType.TO_CLIENT, Transport.TELEGRAM, 12L, 3L, 777L, 555L);
  private static final Page<Client> CLIENTS =
      new Page<>(
          List.of(
              new Client(42, "Anna", null, "79001234567", null, null, null, null, null, List.of())),
          1,
          20,
          0);

  @Override
  public SentMessage sendMessage(SendMessage request) {
    return SENT;
  }

  @Override
  public Page<Message> listMessages(ListMessages request) {
    return new Page<>(List.of(), 0, request.limit(), request.offset());
  }

  @Override
  public Page<Client> listClients(ListClients request) {
    return CLIENTS;
  }

  @Override
  public Page<Transfer> listTransfers(ListTransfers request) {
    return new Page<>(List.of(), 0, request.limit(), request.offset());
  }

  @Override
  public Chat2Desk withToken(String token) {
    return this;
  }

  @Override
  public void close() {}
}
