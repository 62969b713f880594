package dev.chat2desk4j.api;

/**
 * A request for one page of the open dialogs whose client is still waiting for an answer ({@code
 * GET /v1/dialogs/unanswered}). Make it with {@link #of()}.
 *
 * @param limit the page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}
 * @param offset how many dialogs to skip; not negative
 */
public record ListUnansweredDialogs(int limit, int offset)
    implements ListRequest<Dialog, ListUnansweredDialogs> {

  /**
   * Checks the page.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public ListUnansweredDialogs {
    Checks.pageLimit(limit);
    Checks.offset(offset);
  }

  /** The first page of unanswered dialogs, in pages of {@link ApiLimits#DEFAULT_PAGE_SIZE}. */
  public static ListUnansweredDialogs of() {
    return new ListUnansweredDialogs(ApiLimits.DEFAULT_PAGE_SIZE, 0);
  }

  @Override
  public Operation operation() {
    return Operation.LIST_UNANSWERED_DIALOGS;
  }

  @Override
  public ListUnansweredDialogs withLimit(int limit) {
    return new ListUnansweredDialogs(limit, offset);
  }

  @Override
  public ListUnansweredDialogs withOffset(int offset) {
    return new ListUnansweredDialogs(limit, offset);
  }
}
