package dev.chat2desk4j.api;

/**
 * A request for one page of the account's answer templates ({@code GET /v1/templates}). Make it
 * with {@link #of()}.
 *
 * @param limit the page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}
 * @param offset how many templates to skip; not negative
 */
public record ListTemplates(int limit, int offset) implements ListRequest<Template, ListTemplates> {

  /**
   * Checks the page.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public ListTemplates {
    Checks.pageLimit(limit);
    Checks.offset(offset);
  }

  /** The first page of templates, in pages of {@link ApiLimits#DEFAULT_PAGE_SIZE}. */
  public static ListTemplates of() {
    return new ListTemplates(ApiLimits.DEFAULT_PAGE_SIZE, 0);
  }

  @Override
  public Operation operation() {
    return Operation.LIST_TEMPLATES;
  }

  @Override
  public ListTemplates withLimit(int limit) {
    return new ListTemplates(limit, offset);
  }

  @Override
  public ListTemplates withOffset(int offset) {
    return new ListTemplates(limit, offset);
  }
}
