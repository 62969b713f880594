package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.AssignTags;
import dev.chat2desk4j.api.GetTag;
import dev.chat2desk4j.api.ListTags;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.RemoveTag;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Tag;
import dev.chat2desk4j.api.TagAssignee;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The tags of one account and what they are put on: clients and requests. Putting a tag on twice or
 * taking off a tag that is not there changes nothing, so both are idempotent. Every method runs
 * under the account's lock.
 */
public final class TagBook implements ClientTags {

  private final MockAccount account;
  private PagedList<Tag> tags;
  private Map<String, Long> groupIds;
  private Map<TagAssignee.Kind, Map<Long, SortedSet<Long>>> assigned;

  TagBook(MockAccount account) {
    this.account = account;
    clear();
  }

  void clear() {
    synchronized (account) {
      tags = new PagedList<>();
      groupIds = new HashMap<>();
      assigned = new HashMap<>();
    }
  }

  /**
   * Adds a tag with the next tag id. Tags of one group name share the group's id, numbered from 1
   * in the order the groups first appear (ours: the API does not say how tag groups are numbered).
   *
   * @param group the name of the tag's group, or null for none
   */
  public Tag add(String label, String group, String description) {
    Objects.requireNonNull(label, "label");
    synchronized (account) {
      Long groupId =
          group == null ? null : groupIds.computeIfAbsent(group, name -> groupIds.size() + 1L);
      Tag tag = new Tag(tags.size() + 1L, groupId, group, label, description);
      tags.add(tag);
      return tag;
    }
  }

  /** One page of the account's tags in id order. */
  public Page<Tag> list(ListTags request) {
    synchronized (account) {
      return tags.page(request.offset(), request.limit(), SortOrder.ASC);
    }
  }

  /**
   * The tag a request names.
   *
   * @throws RecordNotFoundException for an unknown tag (named by the path)
   */
  public Tag get(GetTag request) {
    synchronized (account) {
      return tag(request.id(), null);
    }
  }

  /** The first tag with this label, if the account has one. */
  public Optional<Tag> labelled(String label) {
    synchronized (account) {
      return tags.snapshot().stream().filter(tag -> tag.label().equals(label)).findFirst();
    }
  }

  /**
   * Puts tags on a client or a request: all of them or, when one is unknown, none.
   *
   * @return null, as the API's answer carries nothing
   * @throws RecordNotFoundException for an unknown tag ({@code tag_ids}) or assignee ({@code
   *     assignee_id})
   */
  public Void assign(AssignTags request) {
    synchronized (account) {
      request.tagIds().forEach(id -> tag(id, "tag_ids"));
      requireAssignee(request.assignee(), "assignee_id");
      assignedTo(request.assignee()).addAll(request.tagIds());
      return null;
    }
  }

  /**
   * Takes a tag off a client or a request; one that is not there stays off.
   *
   * @return null, as the API's answer carries nothing
   * @throws RecordNotFoundException for an unknown tag (named by the path) or an unknown client or
   *     request ({@code client_id}, {@code request_id})
   */
  public Void remove(RemoveTag request) {
    synchronized (account) {
      tag(request.tagId(), null);
      requireAssignee(request.from(), request.from().kind().wireValue() + "_id");
      assignedTo(request.from()).remove(request.tagId());
      return null;
    }
  }

  @Override
  public List<Long> tagIdsOf(long clientId) {
    return tagIdsOf(TagAssignee.client(clientId));
  }

  /** The ids of the tags on a client or a request, in ascending order. */
  public List<Long> tagIdsOf(TagAssignee assignee) {
    synchronized (account) {
      SortedSet<Long> ids = assigned.getOrDefault(assignee.kind(), Map.of()).get(assignee.id());
      return ids == null ? List.of() : List.copyOf(ids);
    }
  }

  /** A snapshot of every tag, in id order. */
  public List<Tag> all() {
    synchronized (account) {
      return tags.snapshot();
    }
  }

  private SortedSet<Long> assignedTo(TagAssignee assignee) {
    return assigned
        .computeIfAbsent(assignee.kind(), kind -> new HashMap<>())
        .computeIfAbsent(assignee.id(), id -> new TreeSet<>());
  }

  private void requireAssignee(TagAssignee assignee, String field) {
    boolean exists =
        assignee.kind() == TagAssignee.Kind.CLIENT
            ? account.client(assignee.id()).isPresent()
            : account.hasRequest(assignee.id());
    if (!exists) {
      throw new RecordNotFoundException(field, assignee.id());
    }
  }

  private Tag tag(long id, String field) {
    return PagedList.find(tags, id).orElseThrow(() -> new RecordNotFoundException(field, id));
  }
}
