package dev.chat2desk4j.api;

/**
 * A request for one page of a client's dialogs ({@code GET /v1/clients/{id}/dialogs}). Make it with
 * {@link #of(long)}; every value is checked when the record is made.
 *
 * @param clientId the client whose dialogs to list; positive
 * @param limit the page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}
 * @param offset how many dialogs to skip; not negative
 */
public record ListClientDialogs(long clientId, int limit, int offset)
    implements ListRequest<Dialog, ListClientDialogs> {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public ListClientDialogs {
    Checks.positive(clientId, "clientId");
    Checks.pageLimit(limit);
    Checks.offset(offset);
  }

  /**
   * The first page of the client's dialogs, in pages of {@link ApiLimits#DEFAULT_PAGE_SIZE}.
   *
   * @param clientId the client's id; positive
   * @return the request
   */
  public static ListClientDialogs of(long clientId) {
    return new ListClientDialogs(clientId, ApiLimits.DEFAULT_PAGE_SIZE, 0);
  }

  @Override
  public Operation operation() {
    return Operation.LIST_CLIENT_DIALOGS;
  }

  @Override
  public ListClientDialogs withLimit(int limit) {
    return new ListClientDialogs(clientId, limit, offset);
  }

  @Override
  public ListClientDialogs withOffset(int offset) {
    return new ListClientDialogs(clientId, limit, offset);
  }
}
