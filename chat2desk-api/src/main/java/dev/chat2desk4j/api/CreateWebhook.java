package dev.chat2desk4j.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A request to create a webhook ({@code POST /v1/webhooks}), answered with the new webhook. Make it
 * with {@link #of(String, WebhookEvent...)} and the {@code with…} copies; every value is checked
 * when the record is made. An account has at most five webhooks, and a URL another webhook of the
 * account already uses fails with {@link ConflictException}.
 *
 * @param url where to deliver the events: an absolute {@code http} or {@code https} URL
 * @param name the webhook's name, or null; not blank when given
 * @param events the events to deliver; at least one, none {@link WebhookEvent#UNKNOWN}
 * @param channelIds only the events of these channels (the wire's {@code channels}); empty for all
 * @param status whether to deliver from the start, or null for the API's default
 */
public record CreateWebhook(
    String url, String name, List<WebhookEvent> events, List<Long> channelIds, WebhookStatus status)
    implements Chat2DeskRequest<Webhook> {

  /**
   * Checks every field and copies the lists; a null list becomes empty.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public CreateWebhook {
    Checks.url(url, "url");
    Checks.notBlankOrNull(name, "name");
    events = Checks.notEmpty(Checks.knownAll(events, WebhookEvent.UNKNOWN, "events"), "events");
    channelIds = Checks.positiveIds(channelIds, "channelIds");
    Checks.knownOrNull(status, WebhookStatus.UNKNOWN, "status");
  }

  /**
   * A webhook delivering these events of every channel to the URL.
   *
   * @param url an absolute {@code http} or {@code https} URL
   * @param events at least one event
   * @return the request
   * @throws IllegalArgumentException when the URL is not such a URL or no event is given
   */
  public static CreateWebhook of(String url, WebhookEvent... events) {
    return new CreateWebhook(
        url, null, Arrays.asList(Objects.requireNonNull(events, "events")), List.of(), null);
  }

  @Override
  public Operation operation() {
    return Operation.CREATE_WEBHOOK;
  }

  /** This webhook with a name. */
  public CreateWebhook withName(String name) {
    Objects.requireNonNull(name, "name");
    return new CreateWebhook(url, name, events, channelIds, status);
  }

  /** This webhook delivering the given events instead of those given before. */
  public CreateWebhook withEvents(WebhookEvent... events) {
    return new CreateWebhook(
        url, name, Arrays.asList(Objects.requireNonNull(events, "events")), channelIds, status);
  }

  /** This webhook delivering only the events of the given channels; no ids mean every channel. */
  public CreateWebhook withChannelIds(long... channelIds) {
    return new CreateWebhook(url, name, events, Checks.ids(channelIds), status);
  }

  /** This webhook created enabled or disabled. */
  public CreateWebhook withStatus(WebhookStatus status) {
    Objects.requireNonNull(status, "status");
    return new CreateWebhook(url, name, events, channelIds, status);
  }
}
