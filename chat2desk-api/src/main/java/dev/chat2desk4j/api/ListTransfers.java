package dev.chat2desk4j.api;

/**
 * A request for one page of the account's dialog transfers, oldest first. Make it with {@link
 * #of()} and narrow it with the {@code with…} copies; every value is checked when the record is
 * made.
 *
 * @param limit the page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}
 * @param offset how many transfers to skip; not negative
 * @param dialogId only the transfers of this dialog, or null for all
 * @param operatorId only the transfers to or from this operator, or null for all
 */
public record ListTransfers(int limit, int offset, Long dialogId, Long operatorId)
    implements ListRequest<Transfer, ListTransfers> {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public ListTransfers {
    Checks.pageLimit(limit);
    Checks.offset(offset);
    Checks.positiveOrNull(dialogId, "dialogId");
    Checks.positiveOrNull(operatorId, "operatorId");
  }

  /** The first page of transfers, in pages of {@link ApiLimits#DEFAULT_PAGE_SIZE}. */
  public static ListTransfers of() {
    return new ListTransfers(ApiLimits.DEFAULT_PAGE_SIZE, 0, null, null);
  }

  @Override
  public Operation operation() {
    return Operation.LIST_TRANSFERS;
  }

  @Override
  public ListTransfers withLimit(int limit) {
    return new ListTransfers(limit, offset, dialogId, operatorId);
  }

  @Override
  public ListTransfers withOffset(int offset) {
    return new ListTransfers(limit, offset, dialogId, operatorId);
  }

  /** This request narrowed to one dialog's transfers. */
  public ListTransfers withDialogId(long dialogId) {
    return new ListTransfers(limit, offset, dialogId, operatorId);
  }

  /** This request narrowed to the transfers to or from one operator. */
  public ListTransfers withOperatorId(long operatorId) {
    return new ListTransfers(limit, offset, dialogId, operatorId);
  }
}
