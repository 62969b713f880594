package dev.chat2desk4j.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A request to change a webhook ({@code PUT /v1/webhooks/{id}}), answered with the webhook as it is
 * afterwards. Make it with {@link #of(long)} and set what changes with the {@code with…} copies;
 * what is not set stays as it is, and an update that sets nothing is valid.
 *
 * <p>An empty list means "keep": a webhook delivers at least one event, so no events can only mean
 * that. The same reading of {@code channelIds} means an update cannot turn a channel filter back
 * into "every channel"; create the webhook anew for that.
 *
 * @param id the webhook to change; positive
 * @param url where to deliver the events from now on, absolute {@code http} or {@code https}, or
 *     null to keep it
 * @param name the webhook's new name, or null to keep it; not blank when given
 * @param events the events to deliver from now on, none {@link WebhookEvent#UNKNOWN}; empty to keep
 *     them
 * @param channelIds the channels whose events to deliver from now on; empty to keep them
 * @param status whether to deliver, or null to keep it
 */
public record UpdateWebhook(
    long id,
    String url,
    String name,
    List<WebhookEvent> events,
    List<Long> channelIds,
    WebhookStatus status)
    implements Chat2DeskRequest<Webhook> {

  /**
   * Checks every field and copies the lists; a null list becomes empty.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public UpdateWebhook {
    Checks.positive(id, "id");
    Checks.urlOrNull(url, "url");
    Checks.notBlankOrNull(name, "name");
    events = Checks.knownAll(events, WebhookEvent.UNKNOWN, "events");
    channelIds = Checks.positiveIds(channelIds, "channelIds");
    Checks.knownOrNull(status, WebhookStatus.UNKNOWN, "status");
  }

  /**
   * An update of this webhook that changes nothing yet.
   *
   * @param id the webhook to change; positive
   * @return the request
   */
  public static UpdateWebhook of(long id) {
    return new UpdateWebhook(id, null, null, List.of(), List.of(), null);
  }

  @Override
  public Operation operation() {
    return Operation.UPDATE_WEBHOOK;
  }

  /** This update also moving the webhook to the given URL. */
  public UpdateWebhook withUrl(String url) {
    Objects.requireNonNull(url, "url");
    return new UpdateWebhook(id, url, name, events, channelIds, status);
  }

  /** This update also renaming the webhook. */
  public UpdateWebhook withName(String name) {
    Objects.requireNonNull(name, "name");
    return new UpdateWebhook(id, url, name, events, channelIds, status);
  }

  /** This update also replacing the events delivered. */
  public UpdateWebhook withEvents(WebhookEvent... events) {
    List<WebhookEvent> list = Arrays.asList(Objects.requireNonNull(events, "events"));
    return new UpdateWebhook(id, url, name, list, channelIds, status);
  }

  /** This update also replacing the channels whose events are delivered. */
  public UpdateWebhook withChannelIds(long... channelIds) {
    return new UpdateWebhook(id, url, name, events, Checks.ids(channelIds), status);
  }

  /** This update also enabling or disabling the webhook. */
  public UpdateWebhook withStatus(WebhookStatus status) {
    Objects.requireNonNull(status, "status");
    return new UpdateWebhook(id, url, name, events, channelIds, status);
  }
}
