package dev.chat2desk4j.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The account's operators: {@code chat2desk.operators().list(..)}, {@code .all(..)}, {@code
 * .groups()}. A thin, stateless view over {@link Chat2Desk#execute(Chat2DeskRequest)}: every method
 * makes one request value and executes it.
 */
public final class OperatorService {

  private final Chat2Desk chat2desk;

  /**
   * The operators of the account that {@code chat2desk} acts as.
   *
   * @param chat2desk the client that executes the requests
   */
  public OperatorService(Chat2Desk chat2desk) {
    this.chat2desk = Objects.requireNonNull(chat2desk, "chat2desk");
  }

  /** Lists one page of operators. */
  public Page<Operator> list(ListOperators request) {
    return chat2desk.execute(request);
  }

  /** Lists the first page of operators. */
  public Page<Operator> list() {
    return list(ListOperators.of());
  }

  /** Streams all the operators matching the filter, fetching pages lazily. */
  public Stream<Operator> all(ListOperators filter) {
    return chat2desk.all(filter);
  }

  /** Streams all the account's operators, fetching pages lazily. */
  public Stream<Operator> all() {
    return all(ListOperators.of());
  }

  /** Reads every operator group of the account; the API answers them all at once. */
  public List<OperatorGroup> groups() {
    return chat2desk.execute(GetOperatorGroups.of());
  }
}
