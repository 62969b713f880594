package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A request for one page of a client's messages. Make it with {@link #of(long)} and narrow it with
 * the {@code with…} copies; every value is checked when the record is made, before any I/O.
 *
 * @param clientId the client whose messages to list; positive
 * @param limit the page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}
 * @param offset how many messages to skip; not negative
 * @param order oldest first ({@link SortOrder#ASC}, the API's default) or newest first
 */
public record ListMessages(long clientId, int limit, int offset, SortOrder order)
    implements ListRequest<Message, ListMessages> {

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

  @Override
  public Operation operation() {
    return Operation.LIST_MESSAGES;
  }

  @Override
  public ListMessages withLimit(int limit) {
    return new ListMessages(clientId, limit, offset, order);
  }

  @Override
  public ListMessages withOffset(int offset) {
    return new ListMessages(clientId, limit, offset, order);
  }

  /** This request in another order; {@link SortOrder#DESC} lists the latest messages first. */
  public ListMessages withOrder(SortOrder order) {
    return new ListMessages(clientId, limit, offset, order);
  }
}
