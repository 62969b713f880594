package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.CreateWebhook;
import dev.chat2desk4j.api.DeleteWebhook;
import dev.chat2desk4j.api.GetWebhooks;
import dev.chat2desk4j.api.SetChatCloseWebHook;
import dev.chat2desk4j.api.SetWebHook;
import dev.chat2desk4j.api.UpdateWebhook;
import dev.chat2desk4j.api.Webhook;
import dev.chat2desk4j.api.WebhookError;
import dev.chat2desk4j.api.WebhookEvent;
import dev.chat2desk4j.api.WebhookStatus;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The webhooks of one account ({@code /v1/webhooks}) and its two legacy single hooks. At most
 * {@value #MAX_WEBHOOKS} webhooks, each URL once; a webhook is created enabled unless asked
 * otherwise (ours). Each webhook may have a signing secret, which is this project's addition: the
 * real API has none. Every method runs under the account's lock.
 */
public final class WebhookBook {

  /** The most webhooks an account has (likely). */
  public static final int MAX_WEBHOOKS = 5;

  /** The most delivery errors a webhook keeps, the newest last (ours). */
  public static final int MAX_ERRORS = 20;

  /** The field problem of a create beyond {@value #MAX_WEBHOOKS} webhooks (ours). */
  public static final String TOO_MANY = "an account has at most " + MAX_WEBHOOKS + " webhooks";

  /** What the fake records as a webhook's {@code source} (ours). */
  static final String SOURCE = "api";

  private final MockAccount account;
  private final Clock clock;
  private Map<Long, Entry> webhooks;
  private long lastId;
  private String webHook;
  private String chatCloseWebHook;

  /** One webhook as the account keeps it: the API's view and the secret it does not show. */
  private record Entry(Webhook webhook, byte[] secret) {}

  /**
   * Where one event goes: a webhook that subscribed to it.
   *
   * @param hookId the webhook's id
   * @param url its URL
   * @param secret its signing secret, or null
   */
  public record Target(long hookId, String url, byte[] secret) {}

  WebhookBook(MockAccount account, Clock clock) {
    this.account = account;
    this.clock = clock;
    clear();
  }

  void clear() {
    synchronized (account) {
      webhooks = new LinkedHashMap<>();
      lastId = 0;
      webHook = null;
      chatCloseWebHook = null;
    }
  }

  /** Every webhook, in id order. */
  public List<Webhook> list(GetWebhooks request) {
    synchronized (account) {
      return webhooks.values().stream().map(Entry::webhook).toList();
    }
  }

  /**
   * Adds a webhook with the next id.
   *
   * @throws DuplicateRecordException ({@code url}) when another webhook has the URL
   * @throws InvalidFieldsException ({@code webhooks}) when the account has {@value #MAX_WEBHOOKS}
   * @throws RecordNotFoundException ({@code channels}) for an unknown channel
   */
  public Webhook create(CreateWebhook request) {
    synchronized (account) {
      requireFreeUrl(request.url(), 0);
      if (webhooks.size() >= MAX_WEBHOOKS) {
        throw InvalidFieldsException.of("webhooks", TOO_MANY);
      }
      requireChannels(request.channelIds());
      Webhook webhook =
          new Webhook(
              ++lastId,
              request.name(),
              request.url(),
              request.events(),
              Objects.requireNonNullElse(request.status(), WebhookStatus.ENABLED),
              List.of(),
              SOURCE,
              request.channelIds());
      webhooks.put(webhook.id(), new Entry(webhook, null));
      return webhook;
    }
  }

  /**
   * Changes what a request sets and answers the webhook as it is afterwards.
   *
   * @throws RecordNotFoundException for an unknown webhook (the path) or channel
   * @throws DuplicateRecordException ({@code url}) when another webhook has the new URL
   */
  public Webhook update(UpdateWebhook request) {
    synchronized (account) {
      Entry entry = entry(request.id());
      Webhook old = entry.webhook();
      if (request.url() != null) {
        requireFreeUrl(request.url(), old.id());
      }
      requireChannels(request.channelIds());
      Webhook changed =
          new Webhook(
              old.id(),
              request.name() == null ? old.name() : request.name(),
              request.url() == null ? old.url() : request.url(),
              request.events().isEmpty() ? old.events() : request.events(),
              request.status() == null ? old.status() : request.status(),
              old.errors(),
              old.source(),
              request.channelIds().isEmpty() ? old.channelIds() : request.channelIds());
      webhooks.put(old.id(), new Entry(changed, entry.secret()));
      return changed;
    }
  }

  /**
   * Deletes a webhook.
   *
   * @return null, as the API's answer carries nothing
   * @throws RecordNotFoundException for an unknown webhook
   */
  public Void delete(DeleteWebhook request) {
    synchronized (account) {
      entry(request.id());
      webhooks.remove(request.id());
      return null;
    }
  }

  /** Sets the legacy single webhook's URL; it is shown by {@code GET /v1/companies/api_info}. */
  public Void setWebHook(SetWebHook request) {
    synchronized (account) {
      webHook = request.url();
      return null;
    }
  }

  /** Sets the legacy dialog-closed webhook's URL. */
  public Void setChatCloseWebHook(SetChatCloseWebHook request) {
    synchronized (account) {
      chatCloseWebHook = request.url();
      return null;
    }
  }

  /** The legacy single webhook's URL, or null. */
  public String webHook() {
    synchronized (account) {
      return webHook;
    }
  }

  /** The legacy dialog-closed webhook's URL, or null. */
  public String chatCloseWebHook() {
    synchronized (account) {
      return chatCloseWebHook;
    }
  }

  /**
   * Sets or clears the secret deliveries to a webhook are signed with (ours: the real API has no
   * such setting).
   *
   * @param secret the secret's bytes, or null to send deliveries unsigned
   * @throws RecordNotFoundException for an unknown webhook
   */
  public void secret(long hookId, byte[] secret) {
    synchronized (account) {
      Entry entry = entry(hookId);
      webhooks.put(hookId, new Entry(entry.webhook(), secret == null ? null : secret.clone()));
    }
  }

  /** The enabled webhooks subscribed to an event of a channel (a null channel matches any). */
  public List<Target> targets(WebhookEvent event, Long channelId) {
    synchronized (account) {
      List<Target> targets = new ArrayList<>();
      for (Entry entry : webhooks.values()) {
        Webhook hook = entry.webhook();
        boolean channelMatches =
            hook.channelIds().isEmpty()
                || channelId == null
                || hook.channelIds().contains(channelId);
        if (hook.status() == WebhookStatus.ENABLED
            && hook.events().contains(event)
            && channelMatches) {
          targets.add(new Target(hook.id(), hook.url(), entry.secret()));
        }
      }
      return targets;
    }
  }

  /** Whether a webhook exists, is enabled and still has this URL: a delivery may go ahead. */
  public boolean accepts(long hookId, String url) {
    synchronized (account) {
      Entry entry = webhooks.get(hookId);
      return entry != null
          && entry.webhook().status() == WebhookStatus.ENABLED
          && entry.webhook().url().equals(url);
    }
  }

  /**
   * Records a failed delivery on a webhook, keeping the newest {@value #MAX_ERRORS}, and disables
   * it when asked; nothing happens for a webhook deleted meanwhile.
   */
  public void recordError(long hookId, String text, boolean disable) {
    synchronized (account) {
      Entry entry = webhooks.get(hookId);
      if (entry == null) {
        return;
      }
      Webhook old = entry.webhook();
      List<WebhookError> errors = new ArrayList<>(old.errors());
      errors.add(new WebhookError(text, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
      if (errors.size() > MAX_ERRORS) {
        errors = errors.subList(errors.size() - MAX_ERRORS, errors.size());
      }
      Webhook changed =
          new Webhook(
              old.id(),
              old.name(),
              old.url(),
              old.events(),
              disable ? WebhookStatus.DISABLED : old.status(),
              errors,
              old.source(),
              old.channelIds());
      webhooks.put(hookId, new Entry(changed, entry.secret()));
    }
  }

  private Entry entry(long id) {
    Entry entry = webhooks.get(id);
    if (entry == null) {
      throw new RecordNotFoundException(null, id);
    }
    return entry;
  }

  private void requireFreeUrl(String url, long self) {
    for (Entry entry : webhooks.values()) {
      if (entry.webhook().id() != self && entry.webhook().url().equals(url)) {
        throw new DuplicateRecordException("url", entry.webhook().id());
      }
    }
  }

  private void requireChannels(List<Long> channelIds) {
    for (long channelId : channelIds) {
      if (account.channels().stream().noneMatch(channel -> channel.id() == channelId)) {
        throw new RecordNotFoundException("channels", channelId);
      }
    }
  }
}
