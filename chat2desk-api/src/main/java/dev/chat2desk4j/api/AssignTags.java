package dev.chat2desk4j.api;

import java.util.List;
import java.util.Objects;

/**
 * A request to put tags on a client or a request ({@code POST /v1/tags/assign_to}). Putting a tag
 * that is already there changes nothing, so it is idempotent. The answer carries nothing the caller
 * needs: {@link Chat2Desk#execute} returns null. Make it with {@link #of(TagAssignee, long...)}.
 *
 * @param tagIds the tags to put on; at least one, every id positive
 * @param assignee the client or request to put them on
 */
public record AssignTags(List<Long> tagIds, TagAssignee assignee)
    implements Chat2DeskRequest<Void> {

  /**
   * Checks and copies the ids.
   *
   * @throws IllegalArgumentException when there is no id or an id is not positive
   */
  public AssignTags {
    tagIds = Checks.notEmpty(Checks.positiveIds(tagIds, "tagIds"), "tagIds");
    Objects.requireNonNull(assignee, "assignee");
  }

  /**
   * Puts these tags on the assignee.
   *
   * @param assignee {@link TagAssignee#client(long)} or {@link TagAssignee#request(long)}
   * @param tagIds the tags; at least one, every id positive
   * @return the request
   */
  public static AssignTags of(TagAssignee assignee, long... tagIds) {
    return new AssignTags(Checks.ids(tagIds), assignee);
  }

  @Override
  public Operation operation() {
    return Operation.ASSIGN_TAGS;
  }
}
