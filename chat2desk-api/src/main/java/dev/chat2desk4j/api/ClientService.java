package dev.chat2desk4j.api;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * The account's clients: {@code chat2desk.clients().get(id)}, {@code .list(..)}, {@code .all(..)}.
 * A thin, stateless view over {@link Chat2Desk#execute(Chat2DeskRequest)}: every method makes one
 * request value and executes it, so decorators and fakes see nothing new.
 */
public final class ClientService {

  private final Chat2Desk chat2desk;

  /**
   * The clients of the account that {@code chat2desk} acts as.
   *
   * @param chat2desk the client that executes the requests
   */
  public ClientService(Chat2Desk chat2desk) {
    this.chat2desk = Objects.requireNonNull(chat2desk, "chat2desk");
  }

  /**
   * Reads one client with the channels it can be reached through.
   *
   * @param id the client's id; positive
   * @return the client
   * @throws NotFoundException when the account has no client with this id
   */
  public Client get(long id) {
    return chat2desk.execute(GetClient.of(id));
  }

  /**
   * Lists one page of clients.
   *
   * @param request the page and the filters
   * @return the page
   */
  public Page<Client> list(ListClients request) {
    return chat2desk.execute(request);
  }

  /** Lists the first page of clients. */
  public Page<Client> list() {
    return list(ListClients.of());
  }

  /**
   * Streams every client matching the filter, fetching pages lazily; see {@link
   * Chat2Desk#all(ListRequest)}.
   *
   * @param filter the filters; its page size and offset are replaced by the stream's own
   */
  public Stream<Client> all(ListClients filter) {
    return chat2desk.all(filter);
  }

  /** Streams every client of the account, fetching pages lazily. */
  public Stream<Client> all() {
    return all(ListClients.of());
  }
}
