package dev.chat2desk4j.api;

/**
 * A request to mark a message unread ({@code GET /v1/messages/{id}/unread}: a {@code GET} that
 * changes the message, so it is idempotent rather than safe). Its answer carries nothing the caller
 * needs: {@link Chat2Desk#execute} returns null. Make it with {@link #of(long)}.
 *
 * @param id the message's id; positive
 */
public record MarkMessageUnread(long id) implements Chat2DeskRequest<Void> {

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public MarkMessageUnread {
    Checks.positive(id, "id");
  }

  /**
   * The request marking the message with this id unread.
   *
   * @param id the message's id; positive
   * @return the request
   */
  public static MarkMessageUnread of(long id) {
    return new MarkMessageUnread(id);
  }

  @Override
  public Operation operation() {
    return Operation.MARK_MESSAGE_UNREAD;
  }
}
