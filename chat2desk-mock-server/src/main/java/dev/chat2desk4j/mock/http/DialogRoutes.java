package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.ListDialogs;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.ListUnansweredDialogs;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.UpdateDialog;

/** How the {@code /v1/dialogs} and {@code /v1/transfers} routes read their parameters. */
final class DialogRoutes {

  private DialogRoutes() {}

  static ListTransfers listTransfers(Params params) {
    PageParams page = PageParams.of(params);
    Long dialogId = params.id("dialog_id");
    Long operatorId = params.id("operator_id");
    params.validate();
    ListTransfers request = ListTransfers.of().withOffset(page.offset()).withLimit(page.limit());
    request = dialogId == null ? request : request.withDialogId(dialogId);
    return operatorId == null ? request : request.withOperatorId(operatorId);
  }

  static ListDialogs list(Params params) {
    PageParams page = PageParams.of(params);
    Long operatorId = params.id("operator_id");
    DialogState state = state(params);
    SortOrder order = PageParams.order(params);
    params.validate();
    ListDialogs request = ListDialogs.of().withOffset(page.offset()).withLimit(page.limit());
    request = operatorId == null ? request : request.withOperatorId(operatorId);
    request = state == null ? request : request.withState(state);
    return order == null ? request : request.withOrder(order);
  }

  static ListUnansweredDialogs unanswered(Params params) {
    PageParams page = PageParams.of(params);
    params.validate();
    return ListUnansweredDialogs.of().withOffset(page.offset()).withLimit(page.limit());
  }

  static UpdateDialog update(Params params) {
    Long operatorId = params.id("operator_id");
    DialogState state = state(params);
    Long initiatorId = params.id("initiator_id");
    params.validate();
    UpdateDialog request = UpdateDialog.of(params.pathId());
    request = operatorId == null ? request : request.withOperatorId(operatorId);
    request = state == null ? request : request.withState(state);
    return initiatorId == null ? request : request.withInitiatorId(initiatorId);
  }

  private static DialogState state(Params params) {
    String text = params.text("state");
    if (text == null) {
      return null;
    }
    DialogState state = DialogState.fromWire(text.trim());
    if (state == DialogState.UNKNOWN) {
      params.problem("state", WireErrors.NOT_ALLOWED);
      return null;
    }
    return state;
  }
}
