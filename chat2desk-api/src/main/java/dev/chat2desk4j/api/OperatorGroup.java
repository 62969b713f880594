package dev.chat2desk4j.api;

import java.util.List;

/**
 * A group of operators that dialogs can be routed to ({@link TransferMessageDialogToGroup}).
 *
 * @param id the group's id
 * @param name the group's name, or null
 * @param operatorIds the ids of the operators in it
 */
public record OperatorGroup(long id, String name, List<Long> operatorIds) {

  /** Copies {@code operatorIds}; a null list becomes empty. */
  public OperatorGroup {
    operatorIds = operatorIds == null ? List.of() : List.copyOf(operatorIds);
  }
}
