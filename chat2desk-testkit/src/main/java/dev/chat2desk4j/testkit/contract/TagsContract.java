package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.chat2desk4j.api.AssignTags;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.GetTag;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListTags;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.RemoveTag;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Tag;
import dev.chat2desk4j.api.TagAssignee;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the tag operations do: {@code tags().list(..)}, {@code .get(id)}, {@code .assign(..)} and
 * {@code .remove(..)}, and how a client's {@code tagIds} and the {@code tags} filter of client
 * lists follow them.
 */
public abstract class TagsContract extends ContractBase {

  @Test
  @DisplayName("lists tags with their group, label and description, and reads one")
  void listAndGetTags_seeded_answerThem() {
    long vip = vip();
    long wholesale = seed().addTag("Wholesale", null, null);

    Page<Tag> page = whenSupported(() -> chat2desk().tags().list());
    Tag read = whenSupported(() -> chat2desk().tags().get(vip));

    assertThat(page.total()).hasValue(2);
    assertThat(page.items()).extracting(Tag::id).containsExactly(vip, wholesale);
    assertThat(read.label()).isEqualTo("VIP");
    assertThat(read.groupName()).isEqualTo("Status");
    assertThat(read.groupId()).isNotNull();
    assertThat(read.description()).isEqualTo("Priority customer");
    assertThat(page.items().get(1).groupId()).isNull();
  }

  @Test
  @DisplayName("pages through many tags, each exactly once")
  void allTags_many_streamsEachOnce() {
    for (int i = 0; i < 22; i++) {
      int n = i;
      whenSupported(() -> seed().addTag("Tag " + n, null, null));
    }

    Page<Tag> second = whenSupported(() -> chat2desk().tags().list(ListTags.of().withOffset(20)));

    assertThat(second.items()).hasSize(2);
    assertThat(chat2desk().tags().all().toList())
        .hasSize(22)
        .extracting(Tag::id)
        .doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("rejects an unknown or another account's tag with NotFoundException")
  void getTag_unknownOrOtherAccounts_throwsNotFound() {
    long vip = vip();
    whenSupported(() -> chat2desk().tags().get(vip));

    assertThatThrownBy(() -> chat2desk().tags().get(vip + 1000))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("getTag");
    assertThatThrownBy(() -> chat2desk().withToken(environment().otherToken()).tags().get(vip))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("puts tags on a client: its tagIds and the tags filter of client lists follow")
  void assignTags_toAClient_showInItsTagsAndTheFilter() {
    long vip = vip();
    long wholesale = seed().addTag("Wholesale", null, null);
    long anna = anna();
    long boris = seed().createClient("Boris", "79007654321");

    assign(AssignTags.of(TagAssignee.client(anna), vip, wholesale));

    assertThat(chat2desk().listClients().items())
        .extracting(Client::id, Client::tagIds)
        .containsExactly(tuple(anna, List.of(vip, wholesale)), tuple(boris, List.of()));
    assertThat(taggedWith(wholesale)).containsExactly(anna);
    assertThat(taggedWith(vip, wholesale)).containsExactly(anna);
    whenSupported(
        () -> assertThat(chat2desk().clients().get(anna).tagIds()).containsExactly(vip, wholesale));
  }

  @Test
  @DisplayName("puts the same tags on twice and leaves the same state")
  void assignTags_repeated_leavesTheSameTags() {
    long vip = vip();
    long anna = anna();
    assign(AssignTags.of(TagAssignee.client(anna), vip));

    chat2desk().tags().assign(AssignTags.of(TagAssignee.client(anna), vip));

    assertThat(chat2desk().listClients().items().get(0).tagIds()).containsExactly(vip);
  }

  @Test
  @DisplayName("takes a tag off a client, and taking it off again leaves the same state")
  void removeTag_fromAClient_isGoneAndARepeatChangesNothing() {
    long vip = vip();
    long wholesale = seed().addTag("Wholesale", null, null);
    long anna = anna();
    assign(AssignTags.of(TagAssignee.client(anna), vip, wholesale));

    remove(RemoveTag.of(vip, TagAssignee.client(anna)));
    chat2desk().tags().remove(RemoveTag.of(vip, TagAssignee.client(anna)));

    assertThat(chat2desk().listClients().items().get(0).tagIds()).containsExactly(wholesale);
    assertThat(taggedWith(vip)).isEmpty();
  }

  @Test
  @DisplayName("puts a tag on a request (a conversation) and takes it off")
  void assignAndRemoveTag_onARequest_succeed() {
    long vip = vip();
    SentMessage sent = chat2desk().sendMessage(anna(), "hi");
    TagAssignee request = TagAssignee.request(sent.requestId());

    assign(AssignTags.of(request, vip));
    remove(RemoveTag.of(vip, request));

    assertThat(chat2desk().listClients().items().get(0).tagIds()).isEmpty();
  }

  @Test
  @DisplayName("rejects an unknown tag with NotFoundException and puts none of the tags on")
  void assignTags_unknownTag_throwsNotFoundAndAssignsNothing() {
    long vip = vip();
    long anna = anna();
    long boris = seed().createClient("Boris", "79007654321");
    assign(AssignTags.of(TagAssignee.client(boris), vip));

    assertThatThrownBy(
            () -> chat2desk().tags().assign(AssignTags.of(TagAssignee.client(anna), vip, vip + 1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("assignTags");
    assertThat(chat2desk().listClients().items())
        .extracting(Client::tagIds)
        .containsExactly(List.of(), List.of(vip));
  }

  @Test
  @DisplayName("rejects an unknown client or request with NotFoundException")
  void assignOrRemove_unknownAssignee_throwsNotFound() {
    long vip = vip();
    long anna = anna();
    assign(AssignTags.of(TagAssignee.client(anna), vip));
    remove(RemoveTag.of(vip, TagAssignee.client(anna)));

    assertThatThrownBy(
            () -> chat2desk().tags().assign(AssignTags.of(TagAssignee.client(anna + 1000), vip)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> chat2desk().tags().assign(AssignTags.of(TagAssignee.request(1000), vip)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> chat2desk().tags().remove(RemoveTag.of(vip, TagAssignee.client(anna + 1000))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("removeTag");
    assertThatThrownBy(
            () -> chat2desk().tags().remove(RemoveTag.of(vip + 1000, TagAssignee.client(anna))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("rejects no tags, a non-positive id or no assignee before any call")
  void tags_badRequest_throwsIllegalArgument() {
    assertThatThrownBy(() -> AssignTags.of(TagAssignee.client(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tagIds");
    assertThatThrownBy(() -> TagAssignee.client(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> RemoveTag.of(0, TagAssignee.request(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tagId");
    assertThatThrownBy(() -> GetTag.of(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** VIP, in the group Status: a priority customer. */
  private long vip() {
    return whenSupported(() -> seed().addTag("VIP", "Status", "Priority customer"));
  }

  private void assign(AssignTags request) {
    whenSupported(
        () -> {
          chat2desk().tags().assign(request);
          return request;
        });
  }

  private void remove(RemoveTag request) {
    whenSupported(
        () -> {
          chat2desk().tags().remove(request);
          return request;
        });
  }

  private List<Long> taggedWith(long... tagIds) {
    return chat2desk().listClients(ListClients.of().withTagIds(tagIds)).items().stream()
        .map(Client::id)
        .toList();
  }
}
