package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat2desk4j.mock.state.MockAccount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorRoutesTest extends ReferenceServerTest {

  @Test
  void list_answersOperatorsWithTheWireFieldsAndMeta() {
    Http.Response response = http.get("/v1/operators?limit=1");

    response.is(
        200,
        json(
            "{'data': [{'id': 1, 'email': 'olga@demo.example', 'phone': '79000000001',"
                + " 'role': 'admin', 'online': 1, 'opened_dialogs': 1, 'first_name': 'Olga',"
                + " 'last_name': 'Petrova', 'avatar': null, 'access_right_id': null,"
                + " 'external_id': null, 'last_visit': null, 'status_id': null}],"
                + " 'meta': {'total': 3, 'limit': 1, 'offset': 0}, 'status': 'success'}"));
  }

  @ParameterizedTest
  @CsvSource({
    "phone=%2B7%20900%20000-00-01, 1",
    "email=OLGA@demo.example, 1",
    "online=0, 2",
    "online=true, 1;3",
    "status=disabled, 2",
    "status=enabled, 1;3",
    "role=supervisor, 3",
    "role=admin&online=1, 1",
    "phone=%20, 1;2;3"
  })
  void list_filtered_answersTheMatchingOperators(String query, String ids) {
    Http.Response response = http.get("/v1/operators?" + query);

    assertThat(ids(response.json().get("data"))).isEqualTo(ids);
  }

  @Test
  void list_unknownRoleOrNonBooleanOnline_answers422NamingEach() {
    http.get("/v1/operators?role=boss&online=maybe")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed', 'errors':"
                    + " {'online': ['must be true or false'], 'role': ['is not an allowed value']}}"));
  }

  @Test
  void groups_answersEveryGroupUnpaged() {
    http.get("/v1/operators_groups")
        .is(
            200,
            json(
                "{'data': [{'id': 1, 'name': 'Support', 'operator_ids': [1, 3]},"
                    + " {'id': 2, 'name': 'Sales', 'operator_ids': [2]}], 'status': 'success'}"));
  }

  @Test
  void openedDialogs_followTheDialogs() {
    http.put("/v1/dialogs/1", "{\"operator_id\": 3}");

    JsonNode operators = http.get("/v1/operators").json().get("data");

    assertThat(operators.findValuesAsText("opened_dialogs")).containsExactly("0", "0", "1");
    http.put("/v1/dialogs/1", "{\"state\": \"closed\"}");
    assertThat(http.get("/v1/operators").json().get("data").findValuesAsText("opened_dialogs"))
        .containsExactly("0", "0", "0");
  }

  @Test
  void transferToGroup_takesTheOperatorOffAndRemembersTheGroupWithoutATransferRecord() {
    http.get("/v1/messages/2/transfer_to_group?group_id=2")
        .is(200, json("{'data': {}, 'status': 'success'}"));

    MockAccount account = server.state().account(Fixtures.TOKEN);
    assertThat(account.findDialog(1).orElseThrow().operatorId()).isNull();
    assertThat(account.reference().operators().groupOf(1)).hasValue(2L);
    assertThat(account.transfers()).isEmpty();
    assertThat(http.get("/v1/operators?limit=1").json().at("/data/0/opened_dialogs").asInt())
        .isZero();
  }

  @Test
  void transferToGroup_repeated_leavesTheSameState() {
    http.get("/v1/messages/1/transfer_to_group?group_id=1");

    http.get("/v1/messages/1/transfer_to_group?group_id=1")
        .is(200, json("{'data': {}, 'status': 'success'}"));

    MockAccount account = server.state().account(Fixtures.TOKEN);
    assertThat(account.findDialog(1).orElseThrow().operatorId()).isNull();
    assertThat(account.reference().operators().groupOf(1)).hasValue(1L);
  }

  @Test
  void transferToGroup_unknownMessageGroupOrNoGroup_answersTheWireErrors() {
    http.get("/v1/messages/99/transfer_to_group?group_id=1")
        .is(404, json("{'status': 'error', 'message': 'Page not found'}"));
    http.get("/v1/messages/1/transfer_to_group?group_id=9")
        .is(
            404,
            json(
                "{'status': 'error', 'message': 'Page not found',"
                    + " 'errors': {'group_id': ['no record with id 9']}}"));
    http.get("/v1/messages/1/transfer_to_group")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'group_id': ['is required']}}"));
    assertThat(server.state().account(Fixtures.TOKEN).findDialog(1).orElseThrow().operatorId())
        .isEqualTo(1L);
  }

  private static String ids(JsonNode items) {
    List<String> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.get("id").asText()));
    return String.join(";", ids);
  }
}
