package dev.chat2desk4j.api;

import java.util.List;
import java.util.Objects;

/**
 * A request for one of the API's reference lists ({@code GET /v1/help/{list}}), such as the
 * messengers it knows. The API answers the whole list, not a page. Make it with {@link
 * #of(HelpList)}.
 *
 * @param list which list to read
 */
public record GetHelpList(HelpList list) implements Chat2DeskRequest<List<HelpEntry>> {

  /** Checks that a list is named. */
  public GetHelpList {
    Objects.requireNonNull(list, "list");
  }

  /**
   * The request for this reference list.
   *
   * @param list which list to read
   * @return the request
   */
  public static GetHelpList of(HelpList list) {
    return new GetHelpList(list);
  }

  @Override
  public Operation operation() {
    return Operation.GET_HELP_LIST;
  }
}
