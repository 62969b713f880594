package dev.chat2desk4j.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A request for one page of the account's clients. Make it with {@link #of()} and narrow it with
 * the {@code with…} copies; every value is checked when the record is made.
 *
 * @param limit the page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}
 * @param offset how many clients to skip; not negative
 * @param phone only the clients with this phone number, or null for all
 * @param tagIds only the clients carrying at least one of these tags (the wire's comma-separated
 *     {@code tags}); empty for all
 * @param order the order by id, or null for the API's default
 * @param createdAfter only the clients created after this moment, or null for all
 */
public record ListClients(
    int limit, int offset, String phone, List<Long> tagIds, SortOrder order, Instant createdAfter)
    implements ListRequest<Client, ListClients> {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public ListClients {
    Checks.pageLimit(limit);
    Checks.offset(offset);
    Checks.notBlankOrNull(phone, "phone");
    tagIds = Checks.positiveIds(tagIds, "tagIds");
  }

  /** The first page of clients, in pages of {@link ApiLimits#DEFAULT_PAGE_SIZE}. */
  public static ListClients of() {
    return new ListClients(ApiLimits.DEFAULT_PAGE_SIZE, 0, null, List.of(), null, null);
  }

  @Override
  public Operation operation() {
    return Operation.LIST_CLIENTS;
  }

  @Override
  public ListClients withLimit(int limit) {
    return new ListClients(limit, offset, phone, tagIds, order, createdAfter);
  }

  @Override
  public ListClients withOffset(int offset) {
    return new ListClients(limit, offset, phone, tagIds, order, createdAfter);
  }

  /** This request narrowed to the clients with the given phone number. */
  public ListClients withPhone(String phone) {
    Objects.requireNonNull(phone, "phone");
    return new ListClients(limit, offset, phone, tagIds, order, createdAfter);
  }

  /**
   * This request narrowed to the clients carrying at least one of the given tags; no ids lift the
   * filter.
   */
  public ListClients withTagIds(long... tagIds) {
    return new ListClients(limit, offset, phone, Checks.ids(tagIds), order, createdAfter);
  }

  /** This request in the given order by id. */
  public ListClients withOrder(SortOrder order) {
    Objects.requireNonNull(order, "order");
    return new ListClients(limit, offset, phone, tagIds, order, createdAfter);
  }

  /** This request narrowed to the clients created after the given moment. */
  public ListClients withCreatedAfter(Instant createdAfter) {
    Objects.requireNonNull(createdAfter, "createdAfter");
    return new ListClients(limit, offset, phone, tagIds, order, createdAfter);
  }
}
