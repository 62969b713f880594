package dev.chat2desk4j.feign;

import static dev.chat2desk4j.feign.CannedApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.ListDialogs;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transfer;
import dev.chat2desk4j.api.UpdateDialog;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each dialog and transfer operation sends, and how its answer is read. */
class DialogsWireTest {

  @RegisterExtension static final CannedApi api = CannedApi.start();

  @Test
  void listDialogs_filters_areQueryParameters_andTheLastMessageIsNested() {
    api.answer(
        """
        {"data": [{"id": 4324035, "state": "open", "begin": "2026-11-24T10:00:00 UTC",
                   "end": null, "operator_id": 5, "client_id": 42, "last_request_id": "8725095",
                   "last_message": {"id": 9001, "text": "Thanks!", "type": "from_client",
                                    "read": 0, "created": "2026-11-24T10:05:00Z"},
                   "messages": 12}],
         "meta": {"total": 1}, "status": "success"}
        """);

    Page<Dialog> page =
        api.client()
            .dialogs()
            .list(
                ListDialogs.of()
                    .withOperatorId(5)
                    .withState(DialogState.OPEN)
                    .withOrder(SortOrder.DESC));

    assertThat(api.line())
        .isEqualTo("GET /v1/dialogs?limit=20&offset=0&operator_id=5&state=open&order=desc");
    Dialog dialog = page.items().get(0);
    assertThat(dialog.isOpen()).isTrue();
    assertThat(dialog.end()).isNull();
    assertThat(dialog.lastRequestId()).isEqualTo(8725095L);
    assertThat(dialog.messageCount()).isEqualTo(12);
    assertThat(dialog.lastMessage().id()).isEqualTo(9001);
    assertThat(dialog.lastMessage().clientId()).as("the dialog's client").isEqualTo(42);
    assertThat(dialog.lastMessage().createdAt()).isEqualTo(Instant.parse("2026-11-24T10:05:00Z"));
  }

  @Test
  void getDialog_messagesAsAListAndAnUnknownState_areTolerated() {
    api.answer(
        """
        {"data": {"id": "7", "state": "archived", "messages": [{"id": 1}, {"id": 2}],
                  "last_message": null},
         "status": "success"}
        """);

    Dialog dialog = api.client().dialogs().get(7);

    assertThat(api.line()).isEqualTo("GET /v1/dialogs/7");
    assertThat(dialog.id()).isEqualTo(7);
    assertThat(dialog.state()).isEqualTo(DialogState.UNKNOWN);
    assertThat(dialog.messageCount()).isEqualTo(2);
    assertThat(dialog.lastMessage()).isNull();
    assertThat(dialog.operatorId()).isNull();
  }

  @Test
  void getDialog_answerWithoutTheDialogsId_isInvalidResponse() {
    api.answer("{\"data\": {\"state\": \"open\"}, \"status\": \"success\"}");

    assertThatThrownBy(() -> api.client().dialogs().get(7))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("data.id");
  }

  @Test
  void listUnansweredDialogs_isItsOwnPath() {
    api.answer("{\"data\": [{\"id\": 7, \"state\": \"open\"}]}");

    Page<Dialog> page = api.client().dialogs().unanswered();

    assertThat(api.line()).isEqualTo("GET /v1/dialogs/unanswered?limit=20&offset=0");
    assertThat(page.items()).extracting(Dialog::id).containsExactly(7L);
  }

  @Test
  void updateDialog_sendsOnlyTheFieldsSet() {
    api.answer("{\"data\": {\"id\": 7, \"state\": \"closed\"}, \"status\": \"success\"}");

    Dialog closed =
        api.client()
            .dialogs()
            .update(
                UpdateDialog.of(7)
                    .withOperatorId(5)
                    .withState(DialogState.CLOSED)
                    .withInitiatorId(3));

    assertThat(api.line()).isEqualTo("PUT /v1/dialogs/7");
    assertThat(api.body())
        .isEqualTo(json("{\"operator_id\": 5, \"state\": \"closed\", \"initiator_id\": 3}"));
    assertThat(closed.state()).isEqualTo(DialogState.CLOSED);

    api.answer("{\"data\": {\"id\": 7}, \"status\": \"success\"}");
    api.client().dialogs().close(7);
    assertThat(api.body()).isEqualTo(json("{\"state\": \"closed\"}"));
  }

  @Test
  void listTransfers_filters_areQueryParameters() {
    api.answer(
        """
        {"data": [{"id": 31, "dialog_id": 777, "client_id": 42, "from_operator_id": null,
                   "to_operator_id": 5, "created": "2026-11-24T10:20:00 UTC"}]}
        """);

    Page<Transfer> page =
        api.client().listTransfers(ListTransfers.of().withDialogId(777).withOperatorId(5));

    assertThat(api.line())
        .isEqualTo("GET /v1/transfers?limit=20&offset=0&dialog_id=777&operator_id=5");
    assertThat(page.items())
        .containsExactly(new Transfer(31, 777, 42, null, 5, Instant.parse("2026-11-24T10:20:00Z")));
  }
}
