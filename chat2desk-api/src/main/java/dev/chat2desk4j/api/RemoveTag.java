package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A request to take a tag off a client or a request ({@code DELETE /v1/tags/{id}/delete_from}).
 * Taking off a tag that is not there leaves the same state, so it is idempotent. The answer carries
 * nothing the caller needs: {@link Chat2Desk#execute} returns null. Make it with {@link #of(long,
 * TagAssignee)}; the tag comes first, as the wire path reads.
 *
 * @param tagId the tag to take off; positive
 * @param from the client or request to take it off
 */
public record RemoveTag(long tagId, TagAssignee from) implements Chat2DeskRequest<Void> {

  /**
   * Checks the tag and the assignee.
   *
   * @throws IllegalArgumentException when the tag id is not positive
   */
  public RemoveTag {
    Checks.positive(tagId, "tagId");
    Objects.requireNonNull(from, "from");
  }

  /**
   * Takes this tag off the assignee.
   *
   * @param tagId the tag; positive
   * @param from {@link TagAssignee#client(long)} or {@link TagAssignee#request(long)}
   * @return the request
   */
  public static RemoveTag of(long tagId, TagAssignee from) {
    return new RemoveTag(tagId, from);
  }

  @Override
  public Operation operation() {
    return Operation.REMOVE_TAG;
  }
}
