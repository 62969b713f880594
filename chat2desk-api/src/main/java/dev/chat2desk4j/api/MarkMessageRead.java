package dev.chat2desk4j.api;

/**
 * A request to mark a message read ({@code GET /v1/messages/{id}/read}: a {@code GET} that changes
 * the message, so it is idempotent rather than safe). Its answer carries nothing the caller needs:
 * {@link Chat2Desk#execute} returns null. Make it with {@link #of(long)}.
 *
 * @param id the message's id; positive
 */
public record MarkMessageRead(long id) implements Chat2DeskRequest<Void> {

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public MarkMessageRead {
    Checks.positive(id, "id");
  }

  /**
   * The request marking the message with this id read.
   *
   * @param id the message's id; positive
   * @return the request
   */
  public static MarkMessageRead of(long id) {
    return new MarkMessageRead(id);
  }

  @Override
  public Operation operation() {
    return Operation.MARK_MESSAGE_READ;
  }
}
