package dev.chat2desk4j.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The account's clients: {@code chat2desk.clients().get(id)}, {@code .list(..)}, {@code .all(..)},
 * {@code .create(..)}, {@code .update(..)}. A thin, stateless view over {@link
 * Chat2Desk#execute(Chat2DeskRequest)}: every method makes one request value and executes it, so
 * decorators and fakes see nothing new. The one exception, {@link #findOrCreateByPhone(String)},
 * says what it does.
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

  /**
   * Creates a client.
   *
   * @param request the phone and how to reach the client
   * @return the new client
   * @throws ConflictException when the account already has a client with this phone; its {@link
   *     ConflictException#existingId()} names that client
   */
  public Client create(CreateClient request) {
    return chat2desk.execute(request);
  }

  /**
   * Changes a client's data.
   *
   * @param request the client and what changes
   * @return the client as it is afterwards
   * @throws NotFoundException when the account has no client with this id
   */
  public Client update(UpdateClient request) {
    return chat2desk.execute(request);
  }

  /**
   * Reads the channels and messengers a client can be reached through.
   *
   * @param clientId the client's id; positive
   * @return the channels, with the client's messengers on each
   */
  public List<ClientChannel> transports(long clientId) {
    return chat2desk.execute(GetClientTransports.of(clientId));
  }

  /** Lists the first page of a client's dialogs. */
  public Page<Dialog> dialogs(long clientId) {
    return dialogs(ListClientDialogs.of(clientId));
  }

  /** Lists one page of a client's dialogs. */
  public Page<Dialog> dialogs(ListClientDialogs request) {
    return chat2desk.execute(request);
  }

  /** Streams every dialog of a client, fetching pages lazily. */
  public Stream<Dialog> allDialogs(long clientId) {
    return chat2desk.all(ListClientDialogs.of(clientId));
  }

  /**
   * Reads the latest message the client wrote.
   *
   * @param clientId the client's id; positive
   * @return the message
   * @throws NotFoundException when the account has no such client, or it never wrote
   */
  public Message lastQuestion(long clientId) {
    return chat2desk.execute(GetClientLastQuestion.of(clientId));
  }

  /**
   * The client with this phone number, created if the account has none: a read, then a create only
   * when the read found no client whose phone has the same digits.
   *
   * <p>Two callers racing for the same new phone both miss on the read and both create; the API
   * keeps one client per phone, so one create wins and the other gets a {@link ConflictException}
   * naming the winner, which this method then reads and returns. Both callers end with the same
   * client, and the account with one. When the conflict does not name the client, the phone is
   * looked up once more; if that finds nothing either, the conflict is thrown.
   *
   * @param phone 5 to 20 digits with an optional leading {@code +}
   * @return the existing or the new client
   * @throws IllegalArgumentException when the phone is not such a number, before any I/O
   * @throws ConflictException when the API refuses the create but the existing client cannot be
   *     found
   */
  public Client findOrCreateByPhone(String phone) {
    CreateClient create = CreateClient.of(phone);
    ListClients byPhone = ListClients.of().withPhone(phone);
    Client found = samePhone(list(byPhone), phone);
    if (found != null) {
      return found;
    }
    try {
      return create(create);
    } catch (ConflictException conflict) {
      if (conflict.existingId().isPresent()) {
        return get(conflict.existingId().getAsLong());
      }
      Client winner = samePhone(list(byPhone), phone);
      if (winner == null) {
        throw conflict;
      }
      return winner;
    }
  }

  // The API's phone filter may match loosely; only a client with the same digits is the one asked.
  private static Client samePhone(Page<Client> page, String phone) {
    String digits = digits(phone);
    return page.items().stream()
        .filter(client -> client.phone() != null && digits(client.phone()).equals(digits))
        .findFirst()
        .orElse(null);
  }

  private static String digits(String phone) {
    return phone.replaceAll("[^0-9]", "");
  }
}
