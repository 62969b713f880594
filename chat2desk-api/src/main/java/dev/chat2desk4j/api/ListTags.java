package dev.chat2desk4j.api;

/**
 * A request for one page of the account's tags ({@code GET /v1/tags}). Make it with {@link #of()}.
 *
 * @param limit the page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}
 * @param offset how many tags to skip; not negative
 */
public record ListTags(int limit, int offset) implements ListRequest<Tag, ListTags> {

  /**
   * Checks the page.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public ListTags {
    Checks.pageLimit(limit);
    Checks.offset(offset);
  }

  /** The first page of tags, in pages of {@link ApiLimits#DEFAULT_PAGE_SIZE}. */
  public static ListTags of() {
    return new ListTags(ApiLimits.DEFAULT_PAGE_SIZE, 0);
  }

  @Override
  public Operation operation() {
    return Operation.LIST_TAGS;
  }

  @Override
  public ListTags withLimit(int limit) {
    return new ListTags(limit, offset);
  }

  @Override
  public ListTags withOffset(int offset) {
    return new ListTags(limit, offset);
  }
}
