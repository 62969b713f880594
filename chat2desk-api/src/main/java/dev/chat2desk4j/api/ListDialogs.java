package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A request for one page of the account's dialogs ({@code GET /v1/dialogs}). Make it with {@link
 * #of()} and narrow it with the {@code with…} copies; every value is checked when the record is
 * made.
 *
 * @param limit the page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}
 * @param offset how many dialogs to skip; not negative
 * @param operatorId only the dialogs this operator holds, or null for all
 * @param state only the dialogs in this state, {@link DialogState#OPEN} or {@link
 *     DialogState#CLOSED}, or null for all
 * @param order the order by id, or null for the API's default
 */
public record ListDialogs(
    int limit, int offset, Long operatorId, DialogState state, SortOrder order)
    implements ListRequest<Dialog, ListDialogs> {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public ListDialogs {
    Checks.pageLimit(limit);
    Checks.offset(offset);
    Checks.positiveOrNull(operatorId, "operatorId");
    Checks.knownOrNull(state, DialogState.UNKNOWN, "state");
  }

  /** The first page of dialogs, in pages of {@link ApiLimits#DEFAULT_PAGE_SIZE}. */
  public static ListDialogs of() {
    return new ListDialogs(ApiLimits.DEFAULT_PAGE_SIZE, 0, null, null, null);
  }

  @Override
  public Operation operation() {
    return Operation.LIST_DIALOGS;
  }

  @Override
  public ListDialogs withLimit(int limit) {
    return new ListDialogs(limit, offset, operatorId, state, order);
  }

  @Override
  public ListDialogs withOffset(int offset) {
    return new ListDialogs(limit, offset, operatorId, state, order);
  }

  /** This request narrowed to the dialogs one operator holds. */
  public ListDialogs withOperatorId(long operatorId) {
    return new ListDialogs(limit, offset, operatorId, state, order);
  }

  /** This request narrowed to the open or the closed dialogs. */
  public ListDialogs withState(DialogState state) {
    Objects.requireNonNull(state, "state");
    return new ListDialogs(limit, offset, operatorId, state, order);
  }

  /** This request in the given order by id. */
  public ListDialogs withOrder(SortOrder order) {
    Objects.requireNonNull(order, "order");
    return new ListDialogs(limit, offset, operatorId, state, order);
  }
}
