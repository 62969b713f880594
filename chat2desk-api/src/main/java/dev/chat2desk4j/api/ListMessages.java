package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A request for one page of a client's messages. Build it with {@link #of(long)} and the {@code
 * with…} copies; every value is checked when the record is made, before any I/O.
 *
 * @param clientId the client whose messages to list; positive
 * @param limit the page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}
 * @param offset how many messages to skip; not negative
 * @param order oldest first ({@link SortOrder#ASC}, the API's default) or newest first
 */
public record ListMessages(long clientId, int limit, int offset, SortOrder order) {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public ListMessages {
    Checks.positive(clientId, "clientId");
    Checks.pageLimit(limit);
    Checks.offset(offset);
    Objects.requireNonNull(order, "order");
  }

  /**
   * The first page of the client's messages, oldest first, in pages of {@link
   * ApiLimits#DEFAULT_PAGE_SIZE}.
   */
  public static ListMessages of(long clientId) {
    return new ListMessages(clientId, ApiLimits.DEFAULT_PAGE_SIZE, 0, SortOrder.ASC);
  }

  /** The page of the client's messages, oldest first, that starts at {@code offset}. */
  public static ListMessages page(long clientId, int offset, int limit) {
    return new ListMessages(clientId, limit, offset, SortOrder.ASC);
  }

  /** This request with another page size. */
  public ListMessages withLimit(int limit) {
    return new ListMessages(clientId, limit, offset, order);
  }

  /** This request starting at another offset. */
  public ListMessages withOffset(int offset) {
    return new ListMessages(clientId, limit, offset, order);
  }

  /** This request in another order; {@link SortOrder#DESC} lists the latest messages first. */
  public ListMessages withOrder(SortOrder order) {
    return new ListMessages(clientId, limit, offset, order);
  }
}
