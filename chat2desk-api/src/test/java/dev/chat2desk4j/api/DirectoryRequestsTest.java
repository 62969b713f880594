package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Operators, channels, tags, templates and the account's reference lists. */
class DirectoryRequestsTest {

  @Test
  void listOperators_withFilters_eachSetsOneField() {
    ListOperators request =
        ListOperators.of()
            .withPhone("79001234567")
            .withEmail("ops@example.com")
            .withOnline(true)
            .withStatus("enabled")
            .withRole(OperatorRole.SUPERVISOR)
            .withOffset(20);

    assertThat(request)
        .isEqualTo(
            new ListOperators(
                20,
                20,
                "79001234567",
                "ops@example.com",
                true,
                "enabled",
                OperatorRole.SUPERVISOR));
  }

  @Test
  void listOperators_invalidFilters_throwNamingTheField() {
    ListOperators request = ListOperators.of();

    assertThatThrownBy(() -> request.withPhone(" "))
        .hasMessage("phone must not be blank when given");
    assertThatThrownBy(() -> request.withEmail(""))
        .hasMessage("email must not be blank when given");
    assertThatThrownBy(() -> request.withStatus(" "))
        .hasMessage("status must not be blank when given");
    assertThatThrownBy(() -> request.withRole(OperatorRole.UNKNOWN))
        .hasMessage("role must be a known value but was UNKNOWN");
  }

  @Test
  void listChannels_withPhone_narrows_andBlankIsRefused() {
    assertThat(ListChannels.of().withPhone("79001234567"))
        .isEqualTo(new ListChannels(20, 0, "79001234567"));
    assertThatThrownBy(() -> ListChannels.of().withPhone(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phone must not be blank when given");
  }

  @Test
  void assignTags_of_takesTheAssigneeThenTheTags() {
    AssignTags request = AssignTags.of(TagAssignee.client(42), 3, 5);

    assertThat(request)
        .isEqualTo(new AssignTags(List.of(3L, 5L), new TagAssignee(TagAssignee.Kind.CLIENT, 42)));
    assertThat(request.tagIds()).isUnmodifiable();
  }

  @Test
  void assignTags_noTag_throwsNamingTagIds() {
    assertThatThrownBy(() -> AssignTags.of(TagAssignee.request(7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tagIds must not be empty");
  }

  @Test
  void assignTags_nonPositiveTag_throwsNamingTagIds() {
    assertThatThrownBy(() -> AssignTags.of(TagAssignee.request(7), 3, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tagIds must hold positive ids but held -1");
  }

  @Test
  void assignTags_nullAssignee_throwsNamingAssignee() {
    assertThatThrownBy(() -> AssignTags.of(null, 3))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("assignee");
  }

  @Test
  void assignTags_nullTagIdItem_throwsNamingTagIds() {
    assertThatThrownBy(() -> new AssignTags(Arrays.asList(3L, null), TagAssignee.client(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tagIds");
  }

  @Test
  void removeTag_of_takesTheTagThenTheAssignee() {
    RemoveTag request = RemoveTag.of(3, TagAssignee.request(555));

    assertThat(request.tagId()).isEqualTo(3);
    assertThat(request.from()).isEqualTo(new TagAssignee(TagAssignee.Kind.REQUEST, 555));
    assertThatThrownBy(() -> RemoveTag.of(0, TagAssignee.client(1)))
        .hasMessage("tagId must be positive but was 0");
    assertThatThrownBy(() -> RemoveTag.of(3, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("from");
  }

  @Test
  void tagAssignee_nonPositiveId_throwsNamingId() {
    assertThatThrownBy(() -> TagAssignee.client(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be positive but was 0");
    assertThatThrownBy(() -> new TagAssignee(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
  }

  @Test
  void tagAssigneeKind_fromWire_roundTripsAndAnswersNullForOthers() {
    for (TagAssignee.Kind kind : TagAssignee.Kind.values()) {
      assertThat(TagAssignee.Kind.fromWire(kind.wireValue().toUpperCase())).isEqualTo(kind);
    }
    assertThat(TagAssignee.Kind.fromWire("operator")).isNull();
    assertThat(TagAssignee.Kind.fromWire(null)).isNull();
  }

  @Test
  void getHelpList_namesTheList_andNullIsRefused() {
    assertThat(GetHelpList.of(HelpList.DIALOG_STATES).list()).isEqualTo(HelpList.DIALOG_STATES);
    assertThatThrownBy(() -> GetHelpList.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("list");
  }

  @Test
  void helpList_wireValues_areThePathSegments() {
    assertThat(Arrays.stream(HelpList.values()).map(HelpList::wireValue))
        .containsExactly("transports", "roles", "dialog_states", "message_types", "api_modes");
    assertThat(HelpList.fromWire("API_MODES")).isEqualTo(HelpList.API_MODES);
    assertThat(HelpList.fromWire("regions")).isNull();
  }

  @Test
  void componentlessRequests_ofTheSameKind_areEqual() {
    assertThat(GetOperatorGroups.of()).isEqualTo(new GetOperatorGroups());
    assertThat(GetAccountInfo.of()).isEqualTo(new GetAccountInfo());
    assertThat(GetWebhooks.of()).isEqualTo(new GetWebhooks());
  }
}
