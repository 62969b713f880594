package dev.chat2desk4j.api;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * The account's messages: {@code chat2desk.messages().send(..)}, {@code .list(..)}, {@code
 * .get(id)}, {@code .markRead(id)}, {@code .transferDialog(..)}. A thin, stateless view over {@link
 * Chat2Desk#execute(Chat2DeskRequest)}: every method makes one request value and executes it.
 */
public final class MessageService {

  private final Chat2Desk chat2desk;

  /**
   * The messages of the account that {@code chat2desk} acts as.
   *
   * @param chat2desk the client that executes the requests
   */
  public MessageService(Chat2Desk chat2desk) {
    this.chat2desk = Objects.requireNonNull(chat2desk, "chat2desk");
  }

  /**
   * Sends a message to a client; see {@link Chat2Desk#sendMessage(SendMessage)}.
   *
   * @param request what to send and to whom
   * @return the API's receipt, with the new message's id
   * @throws TransportException when no answer came; see {@link
   *     TransportException#mayHaveBeenDelivered()} before repeating the send
   */
  public SentMessage send(SendMessage request) {
    return chat2desk.execute(request);
  }

  /** Lists one page of messages: the account's, or one client's. */
  public Page<Message> list(ListMessages request) {
    return chat2desk.execute(request);
  }

  /** Lists the first page of the account's messages, oldest first. */
  public Page<Message> list() {
    return list(ListMessages.of());
  }

  /** Streams every message matching the filter, fetching pages lazily. */
  public Stream<Message> all(ListMessages filter) {
    return chat2desk.all(filter);
  }

  /** Streams every message of the account, oldest first, fetching pages lazily. */
  public Stream<Message> all() {
    return all(ListMessages.of());
  }

  /**
   * Reads one message.
   *
   * @param id the message's id; positive
   * @return the message
   * @throws NotFoundException when the account has no message with this id
   */
  public Message get(long id) {
    return chat2desk.execute(GetMessage.of(id));
  }

  /** Marks a message read. */
  public void markRead(long id) {
    chat2desk.execute(MarkMessageRead.of(id));
  }

  /** Marks a message unread. */
  public void markUnread(long id) {
    chat2desk.execute(MarkMessageUnread.of(id));
  }

  /**
   * Brings a customer's message into the account through an external channel; sending it twice
   * brings it in twice.
   *
   * @param request the channel, the sender and the content
   * @return the API's receipt, with the stored message's id
   */
  public SentMessage sendInbound(SendInboundMessage request) {
    return chat2desk.execute(request);
  }

  /** Gives the dialog of a message to an operator. */
  public void transferDialog(long messageId, long operatorId) {
    transferDialog(TransferMessageDialog.of(messageId, operatorId));
  }

  /** Gives the dialog of a message to an operator, with the request's options. */
  public void transferDialog(TransferMessageDialog request) {
    chat2desk.execute(request);
  }

  /** Gives the dialog of a message to a group of operators. */
  public void transferDialogToGroup(long messageId, long groupId) {
    chat2desk.execute(TransferMessageDialogToGroup.of(messageId, groupId));
  }
}
