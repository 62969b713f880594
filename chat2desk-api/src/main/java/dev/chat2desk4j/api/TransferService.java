package dev.chat2desk4j.api;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * The account's dialog transfers: {@code chat2desk.transfers().list(..)}, {@code .all(..)}. A thin,
 * stateless view over {@link Chat2Desk#execute(Chat2DeskRequest)}: every method makes one request
 * value and executes it.
 */
public final class TransferService {

  private final Chat2Desk chat2desk;

  /**
   * The dialog transfers of the account that {@code chat2desk} acts as.
   *
   * @param chat2desk the client that executes the requests
   */
  public TransferService(Chat2Desk chat2desk) {
    this.chat2desk = Objects.requireNonNull(chat2desk, "chat2desk");
  }

  /** Lists one page of dialog transfers. */
  public Page<Transfer> list(ListTransfers request) {
    return chat2desk.execute(request);
  }

  /** Lists the first page of dialog transfers. */
  public Page<Transfer> list() {
    return list(ListTransfers.of());
  }

  /** Streams all the dialog transfers matching the filter, fetching pages lazily. */
  public Stream<Transfer> all(ListTransfers filter) {
    return chat2desk.all(filter);
  }

  /** Streams all the account's dialog transfers, fetching pages lazily. */
  public Stream<Transfer> all() {
    return all(ListTransfers.of());
  }
}
