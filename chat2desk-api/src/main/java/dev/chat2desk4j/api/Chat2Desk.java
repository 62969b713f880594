package dev.chat2desk4j.api;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Chat2Desk API. Every call is a request value ({@link SendMessage}, {@link ListClients}, …)
 * executed by {@link #execute(Chat2DeskRequest)}, the one method an implementation provides besides
 * {@link #withToken(String)} and {@link #close()}; the typed methods and the resource services
 * ({@link #clients()}, {@link #messages()}, {@link #dialogs()}, …) are shortcuts over it. So a
 * decorator or a fake implements one method and covers every operation, including those added
 * later.
 *
 * <p>Implementations are blocking and thread-safe: one instance serves a whole application. Obtain
 * one from a transport module ({@code FeignChat2Desk.builder()}), decorate it with {@code
 * ResilientChat2Desk.wrap(...)}, or use {@code InMemoryChat2Desk} in tests.
 *
 * <p>Every operation throws a subclass of {@link Chat2DeskException} when it fails; requests reject
 * invalid values with {@link IllegalArgumentException} before any I/O.
 */
public interface Chat2Desk extends AutoCloseable {

  /**
   * Performs one call of the API.
   *
   * @param request what to do; its {@link Chat2DeskRequest#operation()} says which operation
   * @param <R> what the API answers to this request
   * @return the API's answer; null for a request whose answer type is {@link Void}
   * @throws Chat2DeskException the subtype for the failure, such as {@link NotFoundException}
   */
  <R> R execute(Chat2DeskRequest<R> request);

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

  /** The account's clients: read, list, stream, create, update, find or create by phone. */
  default ClientService clients() {
    return new ClientService(this);
  }

  /** The account's messages: send, list, read, mark read, inbound messages, dialog transfers. */
  default MessageService messages() {
    return new MessageService(this);
  }

  /** The account's dialogs: list, read, unanswered, reassign, close. */
  default DialogService dialogs() {
    return new DialogService(this);
  }

  /** The account's dialog transfers: list, stream. */
  default TransferService transfers() {
    return new TransferService(this);
  }

  /** The account's operators and operator groups. */
  default OperatorService operators() {
    return new OperatorService(this);
  }

  /** The account's channels. */
  default ChannelService channels() {
    return new ChannelService(this);
  }

  /** The account's tags: list, read, put on and take off clients and requests. */
  default TagService tags() {
    return new TagService(this);
  }

  /** The account's answer templates. */
  default TemplateService templates() {
    return new TemplateService(this);
  }

  /** The account itself: its information and the API's reference lists. */
  default AccountService account() {
    return new AccountService(this);
  }

  /** The account's webhooks, and the legacy single hooks. */
  default WebhookService webhooks() {
    return new WebhookService(this);
  }

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
  default SentMessage sendMessage(SendMessage request) {
    return execute(request);
  }

  /**
   * Sends a text message to a client through the client's last messenger.
   *
   * @param clientId the recipient
   * @param text the text
   * @return the API's receipt, with the new message's id
   * @throws IllegalArgumentException when the id is not positive or the text blank or too long
   */
  default SentMessage sendMessage(long clientId, String text) {
    return execute(SendMessage.of(clientId, text));
  }

  /**
   * Lists one page of messages: one client's, or the account's.
   *
   * @param request the client, the page, the order and the filters
   * @return the page, with the total number of matching messages when the answer gave it
   * @throws NotFoundException when the client does not exist in this account
   */
  default Page<Message> listMessages(ListMessages request) {
    return execute(request);
  }

  /** Lists the first page of a client's messages, oldest first. */
  default Page<Message> listMessages(long clientId) {
    return execute(ListMessages.of(clientId));
  }

  /**
   * Lists one page of the account's clients.
   *
   * @param request the page and the filters
   * @return the page
   */
  default Page<Client> listClients(ListClients request) {
    return execute(request);
  }

  /** Lists the first page of the account's clients. */
  default Page<Client> listClients() {
    return execute(ListClients.of());
  }

  /**
   * Lists one page of the account's dialog transfers, oldest first.
   *
   * @param request the page and the filters
   * @return the page
   */
  default Page<Transfer> listTransfers(ListTransfers request) {
    return execute(request);
  }

  /** Lists the first page of the account's dialog transfers. */
  default Page<Transfer> listTransfers() {
    return execute(ListTransfers.of());
  }

  /**
   * Streams every item of a listing, fetching pages of {@link ApiLimits#MAX_PAGE_SIZE} lazily as
   * the stream is consumed, from the filter's offset on, until a page is empty, short or reaches
   * the total (see {@link Page#hasNext()}). A short-circuiting stream ({@code limit}, {@code
   * findFirst}) stops fetching; memory stays at one page however long the listing.
   *
   * @param filter the listing and its filters; its page size is replaced by the largest
   * @param <T> the item type
   * @param <Q> the request type
   * @return the lazy stream
   */
  default <T, Q extends ListRequest<T, Q>> Stream<T> all(Q filter) {
    Q pages = Objects.requireNonNull(filter, "filter").withLimit(ApiLimits.MAX_PAGE_SIZE);
    return Pages.stream(offset -> execute(pages.withOffset(offset)), pages.offset());
  }

  /** Streams every client of the account; see {@link #all(ListRequest)}. */
  default Stream<Client> allClients() {
    return all(ListClients.of());
  }

  /** Streams every client matching the filter; see {@link #all(ListRequest)}. */
  default Stream<Client> allClients(ListClients filter) {
    return all(filter);
  }

  /**
   * Streams every message of a client, oldest first; see {@link #all(ListRequest)}. Oldest first
   * keeps the offsets stable while new messages arrive.
   */
  default Stream<Message> allMessages(long clientId) {
    return all(ListMessages.of(clientId));
  }

  /** Streams every message matching the filter; see {@link #all(ListRequest)}. */
  default Stream<Message> allMessages(ListMessages filter) {
    return all(filter);
  }

  /** Streams every dialog transfer of the account, oldest first; see {@link #all(ListRequest)}. */
  default Stream<Transfer> allTransfers() {
    return all(ListTransfers.of());
  }

  /** Streams every dialog transfer matching the filter; see {@link #all(ListRequest)}. */
  default Stream<Transfer> allTransfers(ListTransfers filter) {
    return all(filter);
  }
}
