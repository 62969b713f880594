package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A request for one page of the account's clients. Make it with {@link #of()} and narrow it with
 * the {@code with…} copies; every value is checked when the record is made.
 *
 * @param limit the page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}
 * @param offset how many clients to skip; not negative
 * @param phone only the clients with this phone number, or null for all
 */
public record ListClients(int limit, int offset, String phone)
    implements ListRequest<Client, ListClients> {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public ListClients {
    Checks.pageLimit(limit);
    Checks.offset(offset);
    if (phone != null && phone.isBlank()) {
      throw new IllegalArgumentException("phone must not be blank when given");
    }
  }

  /** The first page of clients, in pages of {@link ApiLimits#DEFAULT_PAGE_SIZE}. */
  public static ListClients of() {
    return new ListClients(ApiLimits.DEFAULT_PAGE_SIZE, 0, null);
  }

  @Override
  public Operation operation() {
    return Operation.LIST_CLIENTS;
  }

  @Override
  public ListClients withLimit(int limit) {
    return new ListClients(limit, offset, phone);
  }

  @Override
  public ListClients withOffset(int offset) {
    return new ListClients(limit, offset, phone);
  }

  /** This request narrowed to the clients with the given phone number. */
  public ListClients withPhone(String phone) {
    Objects.requireNonNull(phone, "phone");
    return new ListClients(limit, offset, phone);
  }
}
