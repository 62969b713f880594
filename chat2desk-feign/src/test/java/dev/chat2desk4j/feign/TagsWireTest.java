package dev.chat2desk4j.feign;

import static dev.chat2desk4j.feign.CannedApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.AssignTags;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.RemoveTag;
import dev.chat2desk4j.api.Tag;
import dev.chat2desk4j.api.TagAssignee;
import dev.chat2desk4j.api.Template;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the tag and template operations send, and how their answers are read. */
class TagsWireTest {

  @RegisterExtension static final CannedApi api = CannedApi.start();

  @Test
  void listTags_pageOfTags_isRead() {
    api.answer(
        """
        {"data": [{"id": 3, "group_id": "1", "group_name": "Status", "label": "VIP",
                   "description": "pays well"}, {"id": 4}],
         "meta": {"total": 2}, "status": "success"}
        """);

    Page<Tag> page = api.client().tags().list();

    assertThat(api.line()).isEqualTo("GET /v1/tags?limit=20&offset=0");
    assertThat(page.items())
        .containsExactly(
            new Tag(3, 1L, "Status", "VIP", "pays well"), new Tag(4, null, null, null, null));
  }

  @Test
  void getTag_oneTag_isRead() {
    api.answer("{\"data\": {\"id\": \"3\", \"label\": \"VIP\"}, \"status\": \"success\"}");

    Tag tag = api.client().tags().get(3);

    assertThat(api.line()).isEqualTo("GET /v1/tags/3");
    assertThat(tag).isEqualTo(new Tag(3, null, null, "VIP", null));
  }

  @Test
  void getTag_answerWithoutTheTagsId_isInvalidResponse() {
    api.answer("{\"data\": {\"label\": \"VIP\"}, \"status\": \"success\"}");

    assertThatThrownBy(() -> api.client().tags().get(3))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("GET /v1/tags/3")
        .hasMessageContaining("data.id");
  }

  @Test
  void assignTags_tagIdsAndAssigneeAreTheJsonBody() {
    api.answer("{\"status\": \"success\"}");

    api.client().tags().assign(AssignTags.of(TagAssignee.client(42), 3, 5));

    assertThat(api.line()).isEqualTo("POST /v1/tags/assign_to");
    assertThat(api.body())
        .isEqualTo(
            json("{\"tag_ids\": [3, 5], \"assignee_type\": \"client\", \"assignee_id\": 42}"));
  }

  @Test
  void assignTags_toARequest_namesTheRequest() {
    api.answer("{\"status\": \"success\"}");

    api.client().tags().assign(AssignTags.of(TagAssignee.request(9), 3));

    assertThat(api.body())
        .isEqualTo(json("{\"tag_ids\": [3], \"assignee_type\": \"request\", \"assignee_id\": 9}"));
  }

  @Test
  void removeTag_fromAClientOrARequest_isAQueryParameterOfTheDelete() {
    api.answer("{\"status\": \"success\"}");
    api.client().tags().remove(RemoveTag.of(3, TagAssignee.client(42)));
    assertThat(api.line()).isEqualTo("DELETE /v1/tags/3/delete_from?client_id=42");

    api.answer("{\"status\": \"success\"}");
    api.client().tags().remove(RemoveTag.of(3, TagAssignee.request(9)));
    assertThat(api.line()).isEqualTo("DELETE /v1/tags/3/delete_from?request_id=9");
  }

  @Test
  void listTemplates_andGetTemplate_areRead() {
    api.answer(
        """
        {"data": [{"id": 4, "command": "/hello", "text": "Hello!", "name": "Greeting",
                   "created": "2026-11-01T08:00:00 UTC"}]}
        """);

    Page<Template> page = api.client().templates().list();

    assertThat(api.line()).isEqualTo("GET /v1/templates?limit=20&offset=0");
    assertThat(page.items())
        .containsExactly(
            new Template(4, "/hello", "Hello!", "Greeting", Instant.parse("2026-11-01T08:00:00Z")));

    api.answer("{\"data\": {\"id\": 4, \"created\": \"not a date\"}}");
    assertThat(api.client().templates().get(4)).isEqualTo(new Template(4, null, null, null, null));
    assertThat(api.line()).isEqualTo("GET /v1/templates/4");
  }
}
