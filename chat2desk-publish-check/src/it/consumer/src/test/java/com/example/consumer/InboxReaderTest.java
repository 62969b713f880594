package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.webhooks.WebhookSignature;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InboxReaderTest {

  private static final byte[] SECRET = "consumer-secret".getBytes(StandardCharsets.UTF_8);

  @Test
  void text_signedInbox_readsTheTextWithTheWebhooksModuleAlone() {
    byte[] body =
        "{\"hook_type\":\"inbox\",\"message_id\":1,\"client_id\":2,\"text\":\"Hi\"}"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(new InboxReader(SECRET).text(body, WebhookSignature.sign(body, SECRET)))
        .hasValue("Hi");
    assertThat(new InboxReader(SECRET).text(body, "sha256=00")).isEmpty();
  }
}
