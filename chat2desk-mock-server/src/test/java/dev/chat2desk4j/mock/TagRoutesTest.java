package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.TagAssignee;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagRoutesTest extends ReferenceServerTest {

  @Test
  void listAndGet_answerTagsWithTheirGroups() {
    http.get("/v1/tags?limit=2")
        .is(
            200,
            json(
                "{'data': [{'id': 1, 'group_id': 1, 'group_name': 'Status', 'label': 'VIP',"
                    + " 'description': 'Priority'}, {'id': 2, 'group_id': 2,"
                    + " 'group_name': 'Segment', 'label': 'Wholesale', 'description': null}],"
                    + " 'meta': {'total': 3, 'limit': 2, 'offset': 0}, 'status': 'success'}"));
    assertThat(http.get("/v1/tags/3").json().at("/data/group_id").asInt()).isEqualTo(1);
    http.get("/v1/tags/4").is(404, json("{'status': 'error', 'message': 'Page not found'}"));
  }

  @Test
  void assign_jsonArray_putsTheTagsOnTheClientItsTagsAndTheFilterFollow() {
    http.post(
            "/v1/tags/assign_to",
            "{\"tag_ids\": [2, 3], \"assignee_type\": \"client\", \"assignee_id\": 2}")
        .is(200, json("{'data': {}, 'status': 'success'}"));

    assertThat(http.get("/v1/clients/2").json().at("/data/tags").toString())
        .isEqualTo("[{\"id\":2},{\"id\":3}]");
    assertThat(http.get("/v1/clients?tags=3").json().get("data").findValuesAsText("name"))
        .containsExactly("Boris");
    assertThat(http.get("/v1/clients?tags=1,3").json().get("data").findValuesAsText("name"))
        .containsExactly("Anna", "Boris");
    assertThat(http.get("/v1/clients?tags=2&phone=79001234567").json().get("data")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tag_ids=2&tag_ids=3&assignee_type=client&assignee_id=2",
        "tag_ids%5B%5D=2&tag_ids%5B%5D=3&assignee_type=client&assignee_id=2",
        "tag_ids=2,3&assignee_type=client&assignee_id=2"
      })
  void assign_idsAsRepeatedKeys_inQueryOrForm_putsThemAll(String encoded) {
    http.post("/v1/tags/assign_to?" + encoded, null)
        .is(200, json("{'data': {}, 'status': 'success'}"));
    http.send(
            "POST",
            "/v1/tags/assign_to",
            encoded.replace("assignee_id=2", "assignee_id=1"),
            "application/x-www-form-urlencoded")
        .is(200, json("{'data': {}, 'status': 'success'}"));

    assertThat(tagsOf(TagAssignee.client(2))).containsExactly(2L, 3L);
    assertThat(tagsOf(TagAssignee.client(1))).containsExactly(1L, 2L, 3L);
  }

  @Test
  void assign_repeated_leavesTheSameTags() {
    String body = "{\"tag_ids\": [1], \"assignee_type\": \"client\", \"assignee_id\": 1}";

    http.post("/v1/tags/assign_to", body);
    http.post("/v1/tags/assign_to", body);

    assertThat(http.get("/v1/clients?limit=1").json().at("/data/0/tags").toString())
        .isEqualTo("[{\"id\":1}]");
  }

  @Test
  void assign_toARequest_isKeptForTheRequest() {
    http.post(
        "/v1/tags/assign_to",
        "{\"tag_ids\": [2], \"assignee_type\": \"request\", \"assignee_id\": 1}");

    assertThat(tagsOf(TagAssignee.request(1))).containsExactly(2L);
  }

  @Test
  void assign_unknownTagOrAssignee_answers404NamingTheFieldAndAssignsNothing() {
    http.post(
            "/v1/tags/assign_to",
            "{\"tag_ids\": [2, 9], \"assignee_type\": \"client\", \"assignee_id\": 2}")
        .is(
            404,
            json(
                "{'status': 'error', 'message': 'Page not found',"
                    + " 'errors': {'tag_ids': ['no record with id 9']}}"));
    http.post(
            "/v1/tags/assign_to",
            "{\"tag_ids\": [2], \"assignee_type\": \"request\", \"assignee_id\": 5}")
        .is(
            404,
            json(
                "{'status': 'error', 'message': 'Page not found',"
                    + " 'errors': {'assignee_id': ['no record with id 5']}}"));
    assertThat(tagsOf(TagAssignee.client(2))).isEmpty();
  }

  @Test
  void assign_missingOrBadFields_answers422NamingEach() {
    http.post("/v1/tags/assign_to", "{\"tag_ids\": [\"x\"], \"assignee_type\": \"ticket\"}")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed', 'errors':"
                    + " {'tag_ids': ['must be a positive integer'],"
                    + " 'assignee_type': ['is not an allowed value'],"
                    + " 'assignee_id': ['is required']}}"));
    http.post("/v1/tags/assign_to", "{\"assignee_type\": \"client\", \"assignee_id\": 1}")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'tag_ids': ['is required']}}"));
  }

  @Test
  void remove_takesTheTagOffAndARepeatChangesNothing() {
    http.delete("/v1/tags/1/delete_from?client_id=1")
        .is(200, json("{'data': {}, 'status': 'success'}"));
    http.delete("/v1/tags/1/delete_from?client_id=1")
        .is(200, json("{'data': {}, 'status': 'success'}"));

    assertThat(http.get("/v1/clients/1").json().at("/data/tags")).isEmpty();
    assertThat(http.get("/v1/clients?tags=1").json().get("data")).isEmpty();
  }

  @Test
  void remove_fromARequest_withTheIdInAJsonBody() {
    http.post(
        "/v1/tags/assign_to",
        "{\"tag_ids\": [3], \"assignee_type\": \"request\", \"assignee_id\": 1}");

    http.send("DELETE", "/v1/tags/3/delete_from", "{\"request_id\": 1}", "application/json")
        .is(200, json("{'data': {}, 'status': 'success'}"));

    assertThat(tagsOf(TagAssignee.request(1))).isEmpty();
  }

  @Test
  void remove_badRequests_answerTheWireErrors() {
    http.delete("/v1/tags/9/delete_from?client_id=1")
        .is(404, json("{'status': 'error', 'message': 'Page not found'}"));
    http.delete("/v1/tags/1/delete_from?client_id=7")
        .is(
            404,
            json(
                "{'status': 'error', 'message': 'Page not found',"
                    + " 'errors': {'client_id': ['no record with id 7']}}"));
    http.delete("/v1/tags/1/delete_from")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'client_id': ['is required']}}"));
    http.delete("/v1/tags/1/delete_from?client_id=1&request_id=1")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'request_id': ['must not be given with client_id']}}"));
    assertThat(tagsOf(TagAssignee.client(1))).containsExactly(1L);
  }

  @Test
  void tags_ofOneAccount_areNotAnothers() {
    Http other = http.as(Fixtures.OTHER_TOKEN);

    assertThat(other.get("/v1/tags").json().at("/meta/total").asInt()).isZero();
    assertThat(other.get("/v1/tags/1").status()).isEqualTo(404);
  }

  private List<Long> tagsOf(TagAssignee assignee) {
    return server.state().account(Fixtures.TOKEN).reference().tags().tagIdsOf(assignee);
  }
}
