package dev.chat2desk4j.api;

/**
 * A request to set the account's legacy dialog-closed webhook ({@code POST
 * /v1/companies/chat_close_web_hook}), the URL the API calls when a dialog closes; {@link
 * CreateWebhook} with {@link WebhookEvent#CLOSE_DIALOG} is the current way. Setting the same URL
 * again changes nothing, so it is idempotent. The answer carries nothing the caller needs: {@link
 * Chat2Desk#execute} returns null. Make it with {@link #of(String)}.
 *
 * @param url where to deliver: an absolute {@code http} or {@code https} URL
 */
public record SetChatCloseWebHook(String url) implements Chat2DeskRequest<Void> {

  /**
   * Checks the URL.
   *
   * @throws IllegalArgumentException when the URL is not an absolute {@code http} or {@code https}
   *     URL
   */
  public SetChatCloseWebHook {
    Checks.url(url, "url");
  }

  /**
   * The request setting the legacy dialog-closed webhook to this URL.
   *
   * @param url an absolute {@code http} or {@code https} URL
   * @return the request
   */
  public static SetChatCloseWebHook of(String url) {
    return new SetChatCloseWebHook(url);
  }

  @Override
  public Operation operation() {
    return Operation.SET_CHAT_CLOSE_WEB_HOOK;
  }
}
