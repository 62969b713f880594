package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A request for one page of the account's operators ({@code GET /v1/operators}). Make it with
 * {@link #of()} and narrow it with the {@code with…} copies; every value is checked when the record
 * is made.
 *
 * @param limit the page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}
 * @param offset how many operators to skip; not negative
 * @param phone only the operators with this phone number, or null for all
 * @param email only the operators with this e-mail, or null for all
 * @param online only the operators online ({@code true}) or offline ({@code false}), or null for
 *     all
 * @param status only the operators with this status, such as {@code enabled}, or null for all
 * @param role only the operators with this role, or null for all
 */
public record ListOperators(
    int limit,
    int offset,
    String phone,
    String email,
    Boolean online,
    String status,
    OperatorRole role)
    implements ListRequest<Operator, ListOperators> {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public ListOperators {
    Checks.pageLimit(limit);
    Checks.offset(offset);
    Checks.notBlankOrNull(phone, "phone");
    Checks.notBlankOrNull(email, "email");
    Checks.notBlankOrNull(status, "status");
    Checks.knownOrNull(role, OperatorRole.UNKNOWN, "role");
  }

  /** The first page of operators, in pages of {@link ApiLimits#DEFAULT_PAGE_SIZE}. */
  public static ListOperators of() {
    return new ListOperators(ApiLimits.DEFAULT_PAGE_SIZE, 0, null, null, null, null, null);
  }

  @Override
  public Operation operation() {
    return Operation.LIST_OPERATORS;
  }

  @Override
  public ListOperators withLimit(int limit) {
    return new ListOperators(limit, offset, phone, email, online, status, role);
  }

  @Override
  public ListOperators withOffset(int offset) {
    return new ListOperators(limit, offset, phone, email, online, status, role);
  }

  /** This request narrowed to the operators with the given phone number. */
  public ListOperators withPhone(String phone) {
    Objects.requireNonNull(phone, "phone");
    return new ListOperators(limit, offset, phone, email, online, status, role);
  }

  /** This request narrowed to the operators with the given e-mail. */
  public ListOperators withEmail(String email) {
    Objects.requireNonNull(email, "email");
    return new ListOperators(limit, offset, phone, email, online, status, role);
  }

  /** This request narrowed to the operators online, or to those offline. */
  public ListOperators withOnline(boolean online) {
    return new ListOperators(limit, offset, phone, email, online, status, role);
  }

  /** This request narrowed to the operators with the given status, such as {@code enabled}. */
  public ListOperators withStatus(String status) {
    Objects.requireNonNull(status, "status");
    return new ListOperators(limit, offset, phone, email, online, status, role);
  }

  /** This request narrowed to the operators with the given role. */
  public ListOperators withRole(OperatorRole role) {
    Objects.requireNonNull(role, "role");
    return new ListOperators(limit, offset, phone, email, online, status, role);
  }
}
