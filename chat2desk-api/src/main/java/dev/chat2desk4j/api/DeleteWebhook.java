package dev.chat2desk4j.api;

/**
 * A request to delete a webhook ({@code DELETE /v1/webhooks/{id}}). Deleting leaves the same state
 * however often it is repeated, so it is idempotent; a repeat after success fails with {@link
 * NotFoundException}. The answer carries nothing the caller needs: {@link Chat2Desk#execute}
 * returns null. Make it with {@link #of(long)}.
 *
 * @param id the webhook's id; positive
 */
public record DeleteWebhook(long id) implements Chat2DeskRequest<Void> {

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public DeleteWebhook {
    Checks.positive(id, "id");
  }

  /**
   * The request deleting the webhook with this id.
   *
   * @param id the webhook's id; positive
   * @return the request
   */
  public static DeleteWebhook of(long id) {
    return new DeleteWebhook(id);
  }

  @Override
  public Operation operation() {
    return Operation.DELETE_WEBHOOK;
  }
}
