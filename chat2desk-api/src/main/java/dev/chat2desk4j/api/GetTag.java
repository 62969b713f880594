package dev.chat2desk4j.api;

/**
 * A request for one tag of the account ({@code GET /v1/tags/{id}}). Make it with {@link #of(long)}.
 *
 * @param id the tag's id; positive
 */
public record GetTag(long id) implements Chat2DeskRequest<Tag> {

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public GetTag {
    Checks.positive(id, "id");
  }

  /**
   * The tag with this id.
   *
   * @param id the tag's id; positive
   * @return the request
   */
  public static GetTag of(long id) {
    return new GetTag(id);
  }

  @Override
  public Operation operation() {
    return Operation.GET_TAG;
  }
}
