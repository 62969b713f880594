package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.chat2desk4j.api.CreateWebhook;
import dev.chat2desk4j.api.GetWebhooks;
import dev.chat2desk4j.api.Webhook;
import dev.chat2desk4j.api.WebhookEvent;
import dev.chat2desk4j.api.WebhookStatus;
import dev.chat2desk4j.mock.state.WebhookBook;
import dev.chat2desk4j.mock.webhook.DeliveryAttempt;
import dev.chat2desk4j.mock.webhook.WebhookSettings;
import dev.chat2desk4j.webhooks.Chat2DeskEvent;
import dev.chat2desk4j.webhooks.DialogClosed;
import dev.chat2desk4j.webhooks.DialogTransferred;
import dev.chat2desk4j.webhooks.Inbox;
import dev.chat2desk4j.webhooks.Outbox;
import dev.chat2desk4j.webhooks.OutboxStatus;
import dev.chat2desk4j.webhooks.WebhookEvents;
import dev.chat2desk4j.webhooks.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private Chat2DeskMockServer server;

  @AfterEach
  void close() {
    if (server != null) {
      server.close();
    }
  }

  private Chat2DeskMockServer start(UnaryOperator<WebhookSettings> settings) {
    server =
        Chat2DeskMockServer.builder()
            .token(Fixtures.TOKEN, Fixtures.seed())
            .webhooks(settings.apply(WebhookSettings.defaults().withTimeScale(0.0001)))
            .build()
            .start();
    return server;
  }

  private WebhookBook hooks() {
    return server.state().account(Fixtures.TOKEN).reference().webhooks();
  }

  private Webhook hook(String url, WebhookEvent... events) {
    return hooks().create(CreateWebhook.of(url, events));
  }

  @Test
  void customerWrites_deliversSignedInboxWithItsStableId() throws Exception {
    start(s -> s);
    try (WebhookReceiver receiver = WebhookReceiver.answering()) {
      Webhook hook = hook(receiver.url(), WebhookEvent.INBOX);
      hooks().secret(hook.id(), "s3cret".getBytes(StandardCharsets.UTF_8));

      server.customer(Fixtures.TOKEN, 1).writes("Where is my order?");

      List<DeliveryAttempt> delivered =
          server.webhooks().verify().delivered(WebhookEvent.INBOX).to(receiver.url()).within(WAIT);
      WebhookReceiver.Received received = receiver.received().get(0);
      Inbox inbox = (Inbox) WebhookEvents.parse(received.body());
      assertThat(inbox.text()).isEqualTo("Where is my order?");
      assertThat(inbox.clientId()).isEqualTo(1);
      assertThat(inbox.client().name()).isEqualTo("Anna");
      assertThat(inbox.dialogId()).isNotNull();
      assertThat(inbox.eventId())
          .isEqualTo(received.eventId())
          .isEqualTo(delivered.get(0).eventId());
      assertThat(WebhookSignature.verify(received.body(), received.signature(), "s3cret")).isTrue();
    }
  }

  @Test
  void everyKindTheFakeEmits_parsesToItsTypedRecord() throws Exception {
    start(s -> s);
    Http http = new Http(server.baseUrl(), Fixtures.TOKEN);
    Http admin = Http.admin(server.baseUrl(), "1");
    try (WebhookReceiver receiver = WebhookReceiver.answering()) {
      hook(
          receiver.url(),
          WebhookEvent.INBOX,
          WebhookEvent.OUTBOX,
          WebhookEvent.OUTBOX_STATUS,
          WebhookEvent.DIALOG_TRANSFERRED,
          WebhookEvent.CLOSE_DIALOG);

      http.post(
          "/v1/messages/inbox", "{\"channel_id\":1,\"body\":\"Hi\",\"from_client\":{\"id\":1}}");
      long sent =
          http.post("/v1/messages", "{\"client_id\":1,\"text\":\"Hello\"}")
              .json()
              .at("/data/message_id")
              .asLong();
      admin.post(
          "/__admin/messages/" + sent + "/status?token=" + Fixtures.TOKEN, "{\"status\":\"read\"}");
      http.put("/v1/dialogs/1", "{\"operator_id\":2}");
      http.put("/v1/dialogs/1", "{\"state\":\"closed\"}");

      server.webhooks().verify().to(receiver.url()).atLeast(5).within(WAIT);
      List<Chat2DeskEvent> events =
          receiver.received().stream().map(r -> WebhookEvents.parse(r.body())).toList();
      assertThat(events)
          .extracting(Object::getClass)
          .containsExactlyInAnyOrder(
              Inbox.class,
              Outbox.class,
              OutboxStatus.class,
              DialogTransferred.class,
              DialogClosed.class);
      assertThat(events).extracting(Chat2DeskEvent::eventId).doesNotHaveDuplicates();
      DialogTransferred transferred =
          events.stream()
              .filter(DialogTransferred.class::isInstance)
              .map(DialogTransferred.class::cast)
              .findFirst()
              .orElseThrow();
      assertThat(transferred.operatorId()).isEqualTo(2);
      assertThat(transferred.fromOperatorId()).isEqualTo(1);
    }
  }

  @Test
  void hookNotSubscribed_getsNothing() throws Exception {
    start(s -> s);
    try (WebhookReceiver inboxOnly = WebhookReceiver.answering();
        WebhookReceiver outboxOnly = WebhookReceiver.answering()) {
      hook(inboxOnly.url(), WebhookEvent.INBOX);
      hooks().create(CreateWebhook.of(outboxOnly.url(), WebhookEvent.OUTBOX).withChannelIds(1));

      server.customer(Fixtures.TOKEN, 1).writes("Hi");
      server.webhooks().verify().delivered(WebhookEvent.INBOX).within(WAIT);
      server.webhooks().awaitIdle(WAIT);

      assertThat(inboxOnly.received()).hasSize(1);
      assertThat(outboxOnly.received()).isEmpty();
    }
  }

  @Test
  void receiverFailingFirstAttempts_getsEveryEventAfterRecovery_inOrder() throws Exception {
    start(s -> s);
    try (WebhookReceiver receiver = WebhookReceiver.failingFirst(3)) {
      Webhook hook = hook(receiver.url(), WebhookEvent.INBOX);

      for (int i = 0; i < 20; i++) {
        server.customer(Fixtures.TOKEN, 1).writes("message " + i);
      }

      server.webhooks().verify().delivered(WebhookEvent.INBOX).atLeast(20).within(WAIT);
      List<Long> messageIds =
          receiver.received().stream()
              .map(r -> ((Inbox) WebhookEvents.parse(r.body())).messageId())
              .distinct()
              .toList();
      assertThat(messageIds).hasSize(20).isSorted();
      assertThat(server.webhooks().counts().failedAttempts()).isEqualTo(3);
      Webhook after = hooks().list(GetWebhooks.of()).get(0);
      assertThat(after.id()).isEqualTo(hook.id());
      assertThat(after.status()).isEqualTo(WebhookStatus.ENABLED);
      assertThat(after.errors()).hasSize(3).allMatch(e -> e.text().equals("answered 503"));
    }
  }

  @Test
  void receiverThatNeverAnswers_isDisabledWithItsErrorsVisible() throws Exception {
    start(s -> s.withAttemptTimeout(Duration.ofMillis(200)));
    Http http = new Http(server.baseUrl(), Fixtures.TOKEN);
    try (WebhookReceiver receiver = WebhookReceiver.neverAnswering()) {
      hook(receiver.url(), WebhookEvent.INBOX);

      server.customer(Fixtures.TOKEN, 1).writes("Anyone there?");

      await()
          .atMost(WAIT)
          .until(
              () ->
                  http.get("/v1/webhooks").json().at("/data/0/status").asText().equals("disable"));
      assertThat(http.get("/v1/webhooks").json().at("/data/0/errors/0/text").asText())
          .isEqualTo("timed out");
      assertThat(server.webhooks().counts().delivered()).isZero();
    }
  }

  @Test
  void fullQueue_dropsAreCountedAndVisible() throws Exception {
    start(s -> s.withQueueCapacity(2));
    Http admin = Http.admin(server.baseUrl(), "1");
    try (WebhookReceiver receiver = WebhookReceiver.neverAnswering()) {
      hook(receiver.url(), WebhookEvent.INBOX);

      for (int i = 0; i < 10; i++) {
        server.customer(Fixtures.TOKEN, 1).writes("message " + i);
      }

      assertThat(server.webhooks().counts().dropped()).isEqualTo(8);
      assertThat(server.webhooks().counts().queued()).isEqualTo(2);
      assertThat(admin.get("/__admin/webhooks/deliveries").json().at("/meta/dropped").asLong())
          .isEqualTo(8);
    }
  }

  @Test
  void externalTarget_isRefusedUnlessAllowed() {
    start(s -> s);
    hook("http://192.0.2.1/hook", WebhookEvent.INBOX);

    server.customer(Fixtures.TOKEN, 1).writes("Hi");
    server.webhooks().awaitIdle(WAIT);

    assertThat(server.webhooks().attempts())
        .singleElement()
        .satisfies(a -> assertThat(a.error()).startsWith("refused"));
    assertThat(server.webhooks().counts().discarded()).isEqualTo(1);
  }

  @Test
  void deliveryJournal_inTheAdminApi_listsEachAttempt() throws Exception {
    start(s -> s);
    Http admin = Http.admin(server.baseUrl(), "1");
    try (WebhookReceiver receiver = WebhookReceiver.answering()) {
      hook(receiver.url(), WebhookEvent.INBOX);
      admin.post(
          "/__admin/messages/incoming",
          "{\"token\":\"" + Fixtures.TOKEN + "\",\"client_id\":1,\"text\":\"Hi\"}");

      server.webhooks().verify().delivered(WebhookEvent.INBOX).within(WAIT);

      var attempt = admin.get("/__admin/webhooks/deliveries").json().at("/data/0");
      assertThat(attempt.path("hook_type").asText()).isEqualTo("inbox");
      assertThat(attempt.path("url").asText()).isEqualTo(receiver.url());
      assertThat(attempt.path("status").asInt()).isEqualTo(204);
      assertThat(attempt.path("event_id").asText()).startsWith("evt-");
      assertThat(attempt.has("latency_ms")).isTrue();
      assertThat(attempt.path("error").isNull()).isTrue();
    }
  }
}
