package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.GetOperatorGroups;
import dev.chat2desk4j.api.ListOperators;
import dev.chat2desk4j.api.Operator;
import dev.chat2desk4j.api.OperatorGroup;
import dev.chat2desk4j.api.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The operators of one account as the API shows them, their groups, and the group each dialog was
 * last given to. The operators themselves are added through {@link MockAccount#addOperator}; how
 * many dialogs each holds open is counted from the dialogs at every read, so it always agrees with
 * them. Every method runs under the account's lock.
 */
public final class OperatorBook {

  private final MockAccount account;
  private PagedList<OperatorGroup> groups;
  private Map<Long, Long> groupOfDialog;

  OperatorBook(MockAccount account) {
    this.account = account;
    clear();
  }

  void clear() {
    synchronized (account) {
      groups = new PagedList<>();
      groupOfDialog = new HashMap<>();
    }
  }

  /** One page of the operators that match the request's filters, in id order. */
  public Page<Operator> list(ListOperators request) {
    synchronized (account) {
      Map<Long, Integer> open = openDialogsByOperator();
      List<Operator> matching =
          account.operators().stream()
              .filter(operator -> matches(operator, request))
              .map(operator -> toOperator(operator, open.getOrDefault(operator.id(), 0)))
              .toList();
      return PagedList.slice(matching, request.limit(), request.offset());
    }
  }

  /** The operator with this id as the API shows it, if the account has one. */
  public Optional<Operator> operator(long id) {
    synchronized (account) {
      return account.operators().stream()
          .filter(operator -> operator.id() == id)
          .findFirst()
          .map(operator -> toOperator(operator, openDialogsByOperator().getOrDefault(id, 0)));
    }
  }

  /** Every operator group of the account, in id order; the API answers them all at once. */
  public List<OperatorGroup> groups(GetOperatorGroups request) {
    synchronized (account) {
      return groups.snapshot();
    }
  }

  /**
   * Adds an operator group with the next group id.
   *
   * @throws RecordNotFoundException for an unknown operator ({@code operator_ids})
   */
  public OperatorGroup addGroup(String name, List<Long> operatorIds) {
    Objects.requireNonNull(name, "name");
    synchronized (account) {
      int operators = account.operators().size();
      for (long id : operatorIds) {
        if (id < 1 || id > operators) {
          throw new RecordNotFoundException("operator_ids", id);
        }
      }
      OperatorGroup group = new OperatorGroup(groups.size() + 1L, name, operatorIds);
      groups.add(group);
      return group;
    }
  }

  /** The group a dialog was last given to, if any. */
  public Optional<Long> groupOf(long dialogId) {
    synchronized (account) {
      return Optional.ofNullable(groupOfDialog.get(dialogId));
    }
  }

  /** Checks that a group exists; {@code field} names it in the refusal, or null for the path. */
  void requireGroup(long groupId, String field) {
    if (PagedList.find(groups, groupId).isEmpty()) {
      throw new RecordNotFoundException(field, groupId);
    }
  }

  void giveToGroup(long dialogId, long groupId) {
    groupOfDialog.put(dialogId, groupId);
  }

  private Map<Long, Integer> openDialogsByOperator() {
    Map<Long, Integer> open = new HashMap<>();
    for (Dialog dialog : account.dialogs()) {
      if (dialog.isOpen() && dialog.operatorId() != null) {
        open.merge(dialog.operatorId(), 1, Integer::sum);
      }
    }
    return open;
  }

  private static boolean matches(MockOperator operator, ListOperators request) {
    return (request.phone() == null
            || (operator.phone() != null
                && Phones.normalize(operator.phone()).equals(Phones.normalize(request.phone()))))
        && (request.email() == null || request.email().equalsIgnoreCase(operator.email()))
        && (request.online() == null || request.online() == operator.online())
        && (request.status() == null || lower(request.status()).equals(lower(operator.status())))
        && (request.role() == null || request.role() == operator.role());
  }

  private static String lower(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }

  private static Operator toOperator(MockOperator operator, int openDialogs) {
    return new Operator(
        operator.id(),
        operator.email(),
        operator.phone(),
        operator.role(),
        operator.online(),
        openDialogs,
        operator.firstName(),
        operator.lastName(),
        null,
        null,
        null,
        null,
        null);
  }
}
