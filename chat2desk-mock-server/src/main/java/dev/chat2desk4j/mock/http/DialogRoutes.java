package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.mock.state.MockDialog;

/** How the {@code /v1/dialogs} and {@code /v1/transfers} routes read their parameters. */
final class DialogRoutes {

  /** {@code GET /v1/dialogs}: a page, optionally of one operator's dialogs or one state. */
  record DialogQuery(int limit, int offset, Long operatorId, MockDialog.State state) {}

  /** {@code PUT /v1/dialogs/{id}}: a new operator, a new state, or both; null keeps the current. */
  record DialogUpdate(long id, Long operatorId, MockDialog.State state) {}

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

  static DialogQuery list(Params params) {
    PageParams page = PageParams.of(params);
    Long operatorId = params.id("operator_id");
    MockDialog.State state = state(params);
    params.validate();
    return new DialogQuery(page.limit(), page.offset(), operatorId, state);
  }

  static DialogUpdate update(Params params) {
    Long operatorId = params.id("operator_id");
    MockDialog.State state = state(params);
    params.validate();
    return new DialogUpdate(params.pathId(), operatorId, state);
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
