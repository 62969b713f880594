package dev.chat2desk4j.api;

import java.util.stream.Stream;

/**
 * The Chat2Desk API: send a message to a client, list a client's messages, list clients, list
 * dialog transfers. Implementations are blocking and thread-safe: one instance serves a whole
 * application. Obtain one from a transport module ({@code FeignChat2Desk.builder()}), decorate it
 * with {@code ResilientChat2Desk.wrap(...)}, or use {@code InMemoryChat2Desk} in tests.
 *
 * <p>Every operation throws a subclass of {@link Chat2DeskException} when it fails; requests reject
 * invalid values with {@link IllegalArgumentException} before any I/O.
 */
public interface Chat2Desk extends AutoCloseable {

  /**
   * Sends a message to a client.
   *
   * @param request what to send and to whom
   * @return the API's receipt, with the new message's id
   * @throws NotFoundException when the client does not exist in this account
   * @throws ValidationException when the API rejects the content
   * @throws TransportException when no answer came; see {@link
   *     TransportException#mayHaveBeenDelivered()} before repeating the send
   */
  SentMessage sendMessage(SendMessage request);

  /**
   * Sends a text message to a client through the client's last messenger.
   *
   * @param clientId the recipient
   * @param text the text
   * @return the API's receipt, with the new message's id
   * @throws IllegalArgumentException when the id is not positive or the text blank or too long
   */
  default SentMessage sendMessage(long clientId, String text) {
    return sendMessage(SendMessage.to(clientId, text));
  }

  /**
   * Lists one page of a client's messages.
   *
   * @param request the client, the page and the order
   * @return the page, with the total number of the client's messages when the answer gave it
   * @throws NotFoundException when the client does not exist in this account
   */
  Page<Message> listMessages(ListMessages request);

  /**
   * Lists the first page of a client's messages, oldest first.
   *
   * @param clientId the client
   * @return the page, with the total number of the client's messages
   */
  default Page<Message> listMessages(long clientId) {
    return listMessages(ListMessages.of(clientId));
  }

  /**
   * Lists one page of the account's clients.
   *
   * @param request the page and the filters
   * @return the page, with the total number of matching clients when the answer gave it
   */
  Page<Client> listClients(ListClients request);

  /** Lists the first page of the account's clients. */
  default Page<Client> listClients() {
    return listClients(ListClients.of());
  }

  /**
   * Lists one page of the account's dialog transfers, oldest first.
   *
   * @param request the page and the filters
   * @return the page, with the total number of matching transfers when the answer gave it
   */
  Page<Transfer> listTransfers(ListTransfers request);

  /** Lists the first page of the account's dialog transfers. */
  default Page<Transfer> listTransfers() {
    return listTransfers(ListTransfers.of());
  }

  /**
   * Streams every client of the account, fetching pages of {@link ApiLimits#MAX_PAGE_SIZE} lazily
   * as the stream is consumed, until a page is empty, short or reaches the total (see {@link
   * Page#hasNext()}). A short-circuiting stream ({@code limit}, {@code findFirst}) stops fetching;
   * memory stays at one page however long the listing.
   */
  default Stream<Client> allClients() {
    return Pages.stream(offset -> listClients(ListClients.page(offset, ApiLimits.MAX_PAGE_SIZE)));
  }

  /**
   * Streams every message of a client, oldest first, fetching pages lazily as {@link #allClients()}
   * does. Oldest first keeps the offsets stable while new messages arrive.
   *
   * @param clientId the client
   */
  default Stream<Message> allMessages(long clientId) {
    return Pages.stream(
        offset -> listMessages(ListMessages.page(clientId, offset, ApiLimits.MAX_PAGE_SIZE)));
  }

  /** Streams every dialog transfer of the account, oldest first, fetching pages lazily. */
  default Stream<Transfer> allTransfers() {
    return Pages.stream(
        offset -> listTransfers(ListTransfers.page(offset, ApiLimits.MAX_PAGE_SIZE)));
  }

  /**
   * A client for another account (another API token) that shares this one's connections and
   * configuration, for applications that serve many Chat2Desk accounts. Closing the view does not
   * close the shared resources; closing the original does.
   *
   * @param token the other account's API token; not blank
   * @return a client acting as that account
   */
  Chat2Desk withToken(String token);

  /** Releases the connections and threads this client owns; further calls may fail. */
  @Override
  void close();
}
