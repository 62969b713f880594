package dev.chat2desk4j.api;

import java.util.List;

/**
 * A request for every operator group of the account ({@code GET /v1/operators_groups}). The API
 * answers the whole list, not a page, hence a {@code Get…} request answering a {@link List}. Make
 * it with {@link #of()}.
 */
public record GetOperatorGroups() implements Chat2DeskRequest<List<OperatorGroup>> {

  /** The request for the account's operator groups. */
  public static GetOperatorGroups of() {
    return new GetOperatorGroups();
  }

  @Override
  public Operation operation() {
    return Operation.GET_OPERATOR_GROUPS;
  }
}
