package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookRequestsTest {

  private static final String URL = "https://hooks.example.com/chat2desk/s3cr3t";

  @Test
  void create_of_everyChannelNoNameDefaultStatus() {
    CreateWebhook request = CreateWebhook.of(URL, WebhookEvent.INBOX, WebhookEvent.OUTBOX);

    assertThat(request)
        .isEqualTo(
            new CreateWebhook(
                URL, null, List.of(WebhookEvent.INBOX, WebhookEvent.OUTBOX), List.of(), null));
  }

  @Test
  void create_withCopies_eachSetsOneField() {
    CreateWebhook request =
        CreateWebhook.of(URL, WebhookEvent.INBOX)
            .withName("crm")
            .withEvents(WebhookEvent.CLOSE_DIALOG)
            .withChannelIds(12, 13)
            .withStatus(WebhookStatus.DISABLED);

    assertThat(request)
        .isEqualTo(
            new CreateWebhook(
                URL,
                "crm",
                List.of(WebhookEvent.CLOSE_DIALOG),
                List.of(12L, 13L),
                WebhookStatus.DISABLED));
  }

  @Test
  void create_noEvent_throwsNamingEvents() {
    assertThatThrownBy(() -> CreateWebhook.of(URL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must not be empty");
  }

  @Test
  void create_unknownEvent_throwsNamingEvents() {
    assertThatThrownBy(() -> CreateWebhook.of(URL, WebhookEvent.INBOX, WebhookEvent.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must hold known values but held UNKNOWN");
  }

  @Test
  void create_invalidValues_throwNamingTheField_withoutEchoingTheUrl() {
    CreateWebhook request = CreateWebhook.of(URL, WebhookEvent.INBOX);

    assertThatThrownBy(() -> CreateWebhook.of("hooks.example.com/s3cr3t", WebhookEvent.INBOX))
        .hasMessage("url must be an absolute http or https URL");
    assertThatThrownBy(() -> request.withName(" ")).hasMessage("name must not be blank when given");
    assertThatThrownBy(() -> request.withChannelIds(12, 0))
        .hasMessage("channelIds must hold positive ids but held 0");
    assertThatThrownBy(() -> request.withStatus(WebhookStatus.UNKNOWN))
        .hasMessage("status must be a known value but was UNKNOWN");
  }

  @Test
  void update_of_setsNothing_andIsValid() {
    assertThat(UpdateWebhook.of(7))
        .isEqualTo(new UpdateWebhook(7, null, null, List.of(), List.of(), null));
  }

  @Test
  void update_withCopies_eachSetsOneField() {
    UpdateWebhook request =
        UpdateWebhook.of(7)
            .withUrl(URL)
            .withName("crm")
            .withEvents(WebhookEvent.DIALOG_TRANSFERRED)
            .withChannelIds(12)
            .withStatus(WebhookStatus.ENABLED);

    assertThat(request)
        .isEqualTo(
            new UpdateWebhook(
                7,
                URL,
                "crm",
                List.of(WebhookEvent.DIALOG_TRANSFERRED),
                List.of(12L),
                WebhookStatus.ENABLED));
  }

  @Test
  void update_invalidValues_throwNamingTheField() {
    UpdateWebhook request = UpdateWebhook.of(7);

    assertThatThrownBy(() -> UpdateWebhook.of(0)).hasMessage("id must be positive but was 0");
    assertThatThrownBy(() -> request.withUrl("mailto:ops@example.com"))
        .hasMessage("url must be an absolute http or https URL");
    assertThatThrownBy(() -> request.withEvents(WebhookEvent.UNKNOWN))
        .hasMessage("events must hold known values but held UNKNOWN");
    assertThatThrownBy(() -> request.withName("")).hasMessage("name must not be blank when given");
    assertThatThrownBy(() -> request.withChannelIds(-3))
        .hasMessage("channelIds must hold positive ids but held -3");
    assertThatThrownBy(() -> request.withStatus(WebhookStatus.UNKNOWN))
        .hasMessage("status must be a known value but was UNKNOWN");
  }

  @Test
  void create_eventsArray_isCopied() {
    WebhookEvent[] events = {WebhookEvent.INBOX};
    CreateWebhook request = CreateWebhook.of(URL, events);

    events[0] = WebhookEvent.OUTBOX;

    assertThat(request.events()).containsExactly(WebhookEvent.INBOX);
  }

  @Test
  void legacyHooks_takeAUrl_andRefuseOthers() {
    assertThat(SetWebHook.of(URL).url()).isEqualTo(URL);
    assertThat(SetChatCloseWebHook.of("http://127.0.0.1:8080/closed").url())
        .isEqualTo("http://127.0.0.1:8080/closed");
    assertThatThrownBy(() -> SetWebHook.of("not a url"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("url must be an absolute http or https URL");
    assertThatThrownBy(() -> SetChatCloseWebHook.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("url");
  }
}
