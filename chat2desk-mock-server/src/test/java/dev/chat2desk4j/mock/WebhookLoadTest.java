package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.CreateWebhook;
import dev.chat2desk4j.api.WebhookEvent;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.webhook.WebhookSettings;
import dev.chat2desk4j.webhooks.Inbox;
import dev.chat2desk4j.webhooks.WebhookEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Nothing is lost: many customers writing at once, through a receiver that fails at first. */
class WebhookLoadTest {

  private static final int CUSTOMERS = 16;
  private static final int MESSAGES = 500;

  @Test
  void concurrentCustomers_everyEventDeliveredOnceAfterDedup_inOrderPerDialog() throws Exception {
    try (Chat2DeskMockServer server =
            Chat2DeskMockServer.builder()
                .token("load")
                .webhooks(WebhookSettings.defaults().withTimeScale(0.0001))
                .build()
                .start();
        WebhookReceiver receiver = WebhookReceiver.failingFirst(25)) {
      MockAccount account = server.state().account("load");
      List<Long> clients = new ArrayList<>();
      for (int i = 0; i < CUSTOMERS; i++) {
        clients.add(account.createClient("Customer " + i, "7900000" + (1000 + i)).id());
      }
      account.reference().webhooks().create(CreateWebhook.of(receiver.url(), WebhookEvent.INBOX));

      ExecutorService writers = Executors.newFixedThreadPool(CUSTOMERS);
      List<Future<?>> done = new ArrayList<>();
      for (long client : clients) {
        done.add(
            writers.submit(
                () -> {
                  for (int m = 0; m < MESSAGES; m++) {
                    account.customer(client).writes("message " + m);
                  }
                }));
      }
      for (Future<?> writer : done) {
        writer.get();
      }
      writers.shutdown();

      server
          .webhooks()
          .verify()
          .delivered(WebhookEvent.INBOX)
          .atLeast(CUSTOMERS * MESSAGES)
          .within(Duration.ofSeconds(120));

      Set<String> eventIds = new LinkedHashSet<>();
      Map<Long, List<Long>> firstSeenPerDialog = new LinkedHashMap<>();
      for (WebhookReceiver.Received received : receiver.received()) {
        Inbox inbox = (Inbox) WebhookEvents.parse(received.body());
        if (eventIds.add(inbox.eventId())) {
          firstSeenPerDialog
              .computeIfAbsent(inbox.dialogId(), d -> new ArrayList<>())
              .add(inbox.messageId());
        }
      }
      assertThat(eventIds).hasSize(CUSTOMERS * MESSAGES);
      assertThat(firstSeenPerDialog).hasSize(CUSTOMERS);
      firstSeenPerDialog.values().forEach(ids -> assertThat(ids).hasSize(MESSAGES).isSorted());
      assertThat(server.webhooks().counts().dropped()).isZero();
      assertThat(server.webhooks().counts().failedAttempts()).isEqualTo(25);
    }
  }
}
