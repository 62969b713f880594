package dev.chat2desk4j.api;

import java.util.List;
import java.util.Objects;

/**
 * The account's webhooks: {@code chat2desk.webhooks().list()}, {@code .create(..)}, {@code
 * .update(..)}, {@code .delete(id)}, and the two legacy single hooks. A thin, stateless view over
 * {@link Chat2Desk#execute(Chat2DeskRequest)}: every method makes one request value and executes
 * it.
 */
public final class WebhookService {

  private final Chat2Desk chat2desk;

  /**
   * The webhooks of the account that {@code chat2desk} acts as.
   *
   * @param chat2desk the client that executes the requests
   */
  public WebhookService(Chat2Desk chat2desk) {
    this.chat2desk = Objects.requireNonNull(chat2desk, "chat2desk");
  }

  /** Reads every webhook of the account (at most five); the API answers them all at once. */
  public List<Webhook> list() {
    return chat2desk.execute(GetWebhooks.of());
  }

  /**
   * Creates a webhook.
   *
   * @param request the URL and the events
   * @return the new webhook
   * @throws ConflictException when another webhook of the account already uses the URL
   */
  public Webhook create(CreateWebhook request) {
    return chat2desk.execute(request);
  }

  /**
   * Changes a webhook.
   *
   * @param request the webhook and what changes
   * @return the webhook as it is afterwards
   */
  public Webhook update(UpdateWebhook request) {
    return chat2desk.execute(request);
  }

  /**
   * Deletes a webhook.
   *
   * @param id the webhook's id; positive
   * @throws NotFoundException when the account has no webhook with this id
   */
  public void delete(long id) {
    chat2desk.execute(DeleteWebhook.of(id));
  }

  /** Sets the legacy single webhook, which receives every event, to the URL. */
  public void setWebHook(String url) {
    chat2desk.execute(SetWebHook.of(url));
  }

  /** Sets the legacy webhook called when a dialog closes to the URL. */
  public void setChatCloseWebHook(String url) {
    chat2desk.execute(SetChatCloseWebHook.of(url));
  }
}
