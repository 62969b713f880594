package dev.chat2desk4j.mock;

import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockDialog;
import dev.chat2desk4j.mock.state.WireErrors;

/** {@code /v1/dialogs} and {@code /v1/transfers}: list and change dialogs, list transfers. */
final class DialogRoutes {

  private DialogRoutes() {}

  static byte[] listTransfers(MockAccount account, Params params) {
    PageParams page = PageParams.of(params);
    Long dialogId = params.id("dialog_id");
    Long operatorId = params.id("operator_id");
    params.validate();
    ListTransfers request = ListTransfers.of().withOffset(page.offset()).withLimit(page.limit());
    request = dialogId == null ? request : request.withDialogId(dialogId);
    request = operatorId == null ? request : request.withOperatorId(operatorId);
    return Json.page(account.listTransfers(request), Json::transfer);
  }

  static byte[] list(MockAccount account, Params params) {
    PageParams page = PageParams.of(params);
    Long operatorId = params.id("operator_id");
    MockDialog.State state = state(params);
    params.validate();
    return Json.page(
        account.listDialogs(page.limit(), page.offset(), operatorId, state), Json::dialog);
  }

  static byte[] get(MockAccount account, long id) {
    return Json.success(account.findDialog(id).orElseThrow(WireErrors::pageNotFound), Json::dialog);
  }

  static byte[] update(MockAccount account, long id, Params params) {
    Long operatorId = params.id("operator_id");
    MockDialog.State state = state(params);
    params.validate();
    if (account.findDialog(id).isEmpty()) {
      throw WireErrors.pageNotFound();
    }
    return Json.success(account.updateDialog(id, operatorId, state), Json::dialog);
  }

  private static MockDialog.State state(Params params) {
    String text = params.text("state");
    if (text == null) {
      return null;
    }
    MockDialog.State state = MockDialog.State.fromWire(text.trim());
    if (state == null) {
      params.problem("state", WireErrors.NOT_ALLOWED);
    }
    return state;
  }
}
