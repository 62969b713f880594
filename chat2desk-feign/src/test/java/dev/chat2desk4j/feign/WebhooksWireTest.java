package dev.chat2desk4j.feign;

import static dev.chat2desk4j.feign.CannedApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.CreateWebhook;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.UpdateWebhook;
import dev.chat2desk4j.api.Webhook;
import dev.chat2desk4j.api.WebhookError;
import dev.chat2desk4j.api.WebhookEvent;
import dev.chat2desk4j.api.WebhookStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the webhook operations send, and how their answers are read. */
class WebhooksWireTest {

  @RegisterExtension static final CannedApi api = CannedApi.start();

  @Test
  void getWebhooks_everyField_isRead_unknownEventsAndStatusIncluded() {
    api.answer(
        """
        {"data": [{"id": 5, "name": "crm", "url": "https://crm.example/hook",
                   "events": ["inbox", "dialog_transferred", "brand_new_event"],
                   "status": "enable", "source": "api", "channels": [1, "2"],
                   "errors": [{"text": "timeout", "created_at": 1795860900}]},
                  {"id": 6, "url": "https://crm.example/other", "status": "paused"}],
         "status": "success"}
        """);

    List<Webhook> hooks = api.client().webhooks().list();

    assertThat(api.line()).isEqualTo("GET /v1/webhooks");
    assertThat(hooks)
        .containsExactly(
            new Webhook(
                5,
                "crm",
                "https://crm.example/hook",
                List.of(WebhookEvent.INBOX, WebhookEvent.DIALOG_TRANSFERRED, WebhookEvent.UNKNOWN),
                WebhookStatus.ENABLED,
                List.of(new WebhookError("timeout", Instant.ofEpochSecond(1795860900))),
                "api",
                List.of(1L, 2L)),
            new Webhook(
                6,
                null,
                "https://crm.example/other",
                List.of(),
                WebhookStatus.UNKNOWN,
                List.of(),
                null,
                List.of()));
  }

  @Test
  void getWebhooks_aWebhookWithoutItsUrl_isInvalidResponse() {
    api.answer("{\"data\": [{\"id\": 5, \"url\": \"https://a.example\"}, {\"id\": 6}]}");

    assertThatThrownBy(() -> api.client().webhooks().list())
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("data[1].url");
  }

  @Test
  void createWebhook_everyField_isInTheBody() {
    api.answer(
        "{\"data\": {\"id\": 7, \"url\": \"https://crm.example/hook\", \"status\": \"disable\"}}");

    Webhook created =
        api.client()
            .webhooks()
            .create(
                CreateWebhook.of(
                        "https://crm.example/hook", WebhookEvent.INBOX, WebhookEvent.OUTBOX)
                    .withName("crm")
                    .withChannelIds(1, 2)
                    .withStatus(WebhookStatus.DISABLED));

    assertThat(api.line()).isEqualTo("POST /v1/webhooks");
    assertThat(api.body())
        .isEqualTo(
            json(
                """
                {"url": "https://crm.example/hook", "name": "crm", "events": ["inbox", "outbox"],
                 "channels": [1, 2], "status": "disable"}
                """));
    assertThat(created.id()).isEqualTo(7);
    assertThat(created.status()).isEqualTo(WebhookStatus.DISABLED);
  }

  @Test
  void createWebhook_forEveryChannel_sendsNoChannels() {
    api.answer("{\"data\": {\"id\": 7, \"url\": \"https://crm.example/hook\"}}");

    api.client()
        .webhooks()
        .create(CreateWebhook.of("https://crm.example/hook", WebhookEvent.INBOX));

    assertThat(api.body())
        .isEqualTo(json("{\"url\": \"https://crm.example/hook\", \"events\": [\"inbox\"]}"));
  }

  @Test
  void createWebhook_answerWithoutTheUrl_isInvalidResponse() {
    api.answer("{\"data\": {\"id\": 7}, \"status\": \"success\"}");

    assertThatThrownBy(
            () ->
                api.client()
                    .webhooks()
                    .create(CreateWebhook.of("https://crm.example/hook", WebhookEvent.INBOX)))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("data.url");
  }

  @Test
  void updateWebhook_sendsOnlyTheFieldsSet() {
    api.answer("{\"data\": {\"id\": 5, \"url\": \"https://crm.example/hook\", \"name\": \"b\"}}");

    Webhook updated = api.client().webhooks().update(UpdateWebhook.of(5).withName("b"));

    assertThat(api.line()).isEqualTo("PUT /v1/webhooks/5");
    assertThat(api.body()).isEqualTo(json("{\"name\": \"b\"}"));
    assertThat(updated.name()).isEqualTo("b");
  }

  @Test
  void deleteWebhook_isADeleteOfTheWebhook() {
    api.answer("{\"status\": \"success\"}");

    api.client().webhooks().delete(5);

    assertThat(api.line()).isEqualTo("DELETE /v1/webhooks/5");
  }

  @Test
  void legacyHooks_urlIsTheBody() {
    api.answer("{\"status\": \"success\"}");
    api.client().webhooks().setWebHook("https://crm.example/hook");
    assertThat(api.line()).isEqualTo("POST /v1/companies/web_hook");
    assertThat(api.body()).isEqualTo(json("{\"url\": \"https://crm.example/hook\"}"));

    api.answer("{\"status\": \"success\"}");
    api.client().webhooks().setChatCloseWebHook("https://crm.example/closed");
    assertThat(api.line()).isEqualTo("POST /v1/companies/chat_close_web_hook");
    assertThat(api.body()).isEqualTo(json("{\"url\": \"https://crm.example/closed\"}"));
  }
}
