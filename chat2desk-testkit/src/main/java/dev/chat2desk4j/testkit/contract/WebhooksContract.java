package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.AccountInfo;
import dev.chat2desk4j.api.ConflictException;
import dev.chat2desk4j.api.CreateWebhook;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.api.UpdateWebhook;
import dev.chat2desk4j.api.ValidationException;
import dev.chat2desk4j.api.Webhook;
import dev.chat2desk4j.api.WebhookEvent;
import dev.chat2desk4j.api.WebhookStatus;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the webhook management operations do: {@code webhooks().list()}, {@code .create(..)}, {@code
 * .update(..)}, {@code .delete(id)} and the two legacy single hooks.
 */
public abstract class WebhooksContract extends ContractBase {

  private static final String URL = "https://example.com/hooks/inbox";

  @Test
  @DisplayName("creates a webhook, enabled by default, and lists it with its filters")
  void createWebhook_thenList_answersItWithItsFilters() {
    long channel =
        whenSupported(
            () -> seed().addChannel("Support", "79000000001", List.of(Transport.TELEGRAM)));

    Webhook created =
        whenSupported(
            () ->
                chat2desk()
                    .webhooks()
                    .create(
                        CreateWebhook.of(URL, WebhookEvent.INBOX, WebhookEvent.OUTBOX)
                            .withName("bot")
                            .withChannelIds(channel)));

    assertThat(created.url()).isEqualTo(URL);
    assertThat(created.name()).isEqualTo("bot");
    assertThat(created.status()).isEqualTo(WebhookStatus.ENABLED);
    assertThat(created.events()).containsExactly(WebhookEvent.INBOX, WebhookEvent.OUTBOX);
    assertThat(created.channelIds()).containsExactly(channel);
    assertThat(created.errors()).isEmpty();
    assertThat(chat2desk().webhooks().list()).containsExactly(created);
  }

  @Test
  @DisplayName("refuses a URL another webhook of the account uses with ConflictException")
  void createWebhook_urlInUse_throwsConflict() {
    whenSupported(() -> chat2desk().webhooks().create(CreateWebhook.of(URL, WebhookEvent.INBOX)));

    assertThatThrownBy(
            () -> chat2desk().webhooks().create(CreateWebhook.of(URL, WebhookEvent.OUTBOX)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("createWebhook");
    assertThat(chat2desk().webhooks().list()).hasSize(1);
  }

  @Test
  @DisplayName("keeps at most five webhooks per account and refuses a sixth")
  void createWebhook_sixth_throwsValidation() {
    for (int i = 0; i < 5; i++) {
      String url = URL + "/" + i;
      whenSupported(() -> chat2desk().webhooks().create(CreateWebhook.of(url, WebhookEvent.INBOX)));
    }

    assertThatThrownBy(
            () -> chat2desk().webhooks().create(CreateWebhook.of(URL + "/6", WebhookEvent.INBOX)))
        .isInstanceOf(ValidationException.class);
    assertThat(chat2desk().webhooks().list()).hasSize(5);
  }

  @Test
  @DisplayName("updates what a request sets and keeps the rest")
  void updateWebhook_someFields_changesOnlyThose() {
    Webhook created =
        whenSupported(
            () ->
                chat2desk()
                    .webhooks()
                    .create(CreateWebhook.of(URL, WebhookEvent.INBOX).withName("bot")));

    Webhook updated =
        chat2desk()
            .webhooks()
            .update(
                UpdateWebhook.of(created.id())
                    .withStatus(WebhookStatus.DISABLED)
                    .withEvents(WebhookEvent.CLOSE_DIALOG));

    assertThat(updated.status()).isEqualTo(WebhookStatus.DISABLED);
    assertThat(updated.events()).containsExactly(WebhookEvent.CLOSE_DIALOG);
    assertThat(updated.name()).isEqualTo("bot");
    assertThat(updated.url()).isEqualTo(URL);
    assertThat(chat2desk().webhooks().list()).containsExactly(updated);
  }

  @Test
  @DisplayName("refuses moving a webhook to a URL another one uses with ConflictException")
  void updateWebhook_toUsedUrl_throwsConflict() {
    whenSupported(() -> chat2desk().webhooks().create(CreateWebhook.of(URL, WebhookEvent.INBOX)));
    Webhook other = chat2desk().webhooks().create(CreateWebhook.of(URL + "/2", WebhookEvent.INBOX));

    assertThatThrownBy(
            () -> chat2desk().webhooks().update(UpdateWebhook.of(other.id()).withUrl(URL)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  @DisplayName("deletes a webhook; a second delete, or another account's, finds nothing")
  void deleteWebhook_thenAgain_throwsNotFound() {
    Webhook created =
        whenSupported(
            () -> chat2desk().webhooks().create(CreateWebhook.of(URL, WebhookEvent.INBOX)));
    assertThatThrownBy(
            () -> chat2desk().withToken(environment().otherToken()).webhooks().delete(created.id()))
        .isInstanceOf(NotFoundException.class);

    chat2desk().webhooks().delete(created.id());

    assertThat(chat2desk().webhooks().list()).isEmpty();
    assertThatThrownBy(() -> chat2desk().webhooks().delete(created.id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("deleteWebhook");
    assertThatThrownBy(() -> chat2desk().webhooks().update(UpdateWebhook.of(created.id())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("sets the legacy single hooks, which the account's information shows")
  void setLegacyHooks_shownInAccountInfo() {
    supported(() -> chat2desk().webhooks().setWebHook("https://example.com/legacy"));
    chat2desk().webhooks().setChatCloseWebHook("https://example.com/closed");

    AccountInfo info = chat2desk().account().info();

    assertThat(info.webHook()).isEqualTo("https://example.com/legacy");
    assertThat(info.chatCloseWebHook()).isEqualTo("https://example.com/closed");
  }

  @Test
  @DisplayName("rejects a relative URL or no events before any call")
  void createWebhook_badRequest_throwsIllegalArgument() {
    assertThatThrownBy(() -> CreateWebhook.of("/hook", WebhookEvent.INBOX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("url");
    assertThatThrownBy(() -> CreateWebhook.of(URL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events");
  }
}
