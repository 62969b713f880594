package dev.chat2desk4j.api;

/**
 * A request to set the account's legacy single webhook ({@code POST /v1/companies/web_hook}), the
 * URL older integrations receive every event at; {@link CreateWebhook} is the current way. Setting
 * the same URL again changes nothing, so it is idempotent. The answer carries nothing the caller
 * needs: {@link Chat2Desk#execute} returns null. Make it with {@link #of(String)}.
 *
 * @param url where to deliver: an absolute {@code http} or {@code https} URL
 */
public record SetWebHook(String url) implements Chat2DeskRequest<Void> {

  /**
   * Checks the URL.
   *
   * @throws IllegalArgumentException when the URL is not an absolute {@code http} or {@code https}
   *     URL
   */
  public SetWebHook {
    Checks.url(url, "url");
  }

  /**
   * The request setting the legacy webhook to this URL.
   *
   * @param url an absolute {@code http} or {@code https} URL
   * @return the request
   */
  public static SetWebHook of(String url) {
    return new SetWebHook(url);
  }

  @Override
  public Operation operation() {
    return Operation.SET_WEB_HOOK;
  }
}
