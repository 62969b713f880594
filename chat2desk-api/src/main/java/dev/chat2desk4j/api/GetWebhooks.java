package dev.chat2desk4j.api;

import java.util.List;

/**
 * A request for every webhook of the account ({@code GET /v1/webhooks}). The API answers the whole
 * list (at most five), not a page, hence a {@code Get…} request answering a {@link List}. Make it
 * with {@link #of()}.
 */
public record GetWebhooks() implements Chat2DeskRequest<List<Webhook>> {

  /** The request for the account's webhooks. */
  public static GetWebhooks of() {
    return new GetWebhooks();
  }

  @Override
  public Operation operation() {
    return Operation.GET_WEBHOOKS;
  }
}
