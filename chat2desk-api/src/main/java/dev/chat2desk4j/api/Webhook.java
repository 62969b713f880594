package dev.chat2desk4j.api;

import java.util.List;
import java.util.Objects;

/**
 * A webhook of the account: a URL the API POSTs chosen events to. An account has at most five.
 *
 * @param id the webhook's id
 * @param name the webhook's name, or null
 * @param url where the events are delivered
 * @param events the events delivered; an event not known here is {@link WebhookEvent#UNKNOWN}
 * @param status whether events are delivered; {@link WebhookStatus#UNKNOWN} for a status not known
 *     here
 * @param errors the failed deliveries the API recorded
 * @param source what created the webhook, as the API names it, or null
 * @param channelIds the channels whose events are delivered (the wire's {@code channels})
 */
public record Webhook(
    long id,
    String name,
    String url,
    List<WebhookEvent> events,
    WebhookStatus status,
    List<WebhookError> errors,
    String source,
    List<Long> channelIds) {

  /**
   * Checks that there is a URL, copies the lists (null becomes empty) and replaces a null status
   * with {@link WebhookStatus#UNKNOWN}.
   */
  public Webhook {
    Objects.requireNonNull(url, "url");
    events = events == null ? List.of() : List.copyOf(events);
    status = Objects.requireNonNullElse(status, WebhookStatus.UNKNOWN);
    errors = errors == null ? List.of() : List.copyOf(errors);
    channelIds = channelIds == null ? List.of() : List.copyOf(channelIds);
  }
}
