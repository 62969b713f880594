package dev.chat2desk4j.api;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * The account's tags: {@code chat2desk.tags().list(..)}, {@code .all(..)}, {@code .get(id)}, {@code
 * .assign(..)}, {@code .remove(..)}. A thin, stateless view over {@link
 * Chat2Desk#execute(Chat2DeskRequest)}: every method makes one request value and executes it.
 */
public final class TagService {

  private final Chat2Desk chat2desk;

  /**
   * The tags of the account that {@code chat2desk} acts as.
   *
   * @param chat2desk the client that executes the requests
   */
  public TagService(Chat2Desk chat2desk) {
    this.chat2desk = Objects.requireNonNull(chat2desk, "chat2desk");
  }

  /** Lists one page of tags. */
  public Page<Tag> list(ListTags request) {
    return chat2desk.execute(request);
  }

  /** Lists the first page of tags. */
  public Page<Tag> list() {
    return list(ListTags.of());
  }

  /** Streams all the tags matching the filter, fetching pages lazily. */
  public Stream<Tag> all(ListTags filter) {
    return chat2desk.all(filter);
  }

  /** Streams all the account's tags, fetching pages lazily. */
  public Stream<Tag> all() {
    return all(ListTags.of());
  }

  /**
   * Reads one tag.
   *
   * @param id the tag's id; positive
   * @return the tag
   * @throws NotFoundException when the account has no tag with this id
   */
  public Tag get(long id) {
    return chat2desk.execute(GetTag.of(id));
  }

  /** Puts tags on a client or a request; tags already there stay. */
  public void assign(AssignTags request) {
    chat2desk.execute(request);
  }

  /** Takes a tag off a client or a request. */
  public void remove(RemoveTag request) {
    chat2desk.execute(request);
  }
}
