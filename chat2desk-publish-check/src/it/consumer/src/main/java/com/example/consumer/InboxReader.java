package com.example.consumer;

import dev.chat2desk4j.webhooks.Chat2DeskEvent;
import dev.chat2desk4j.webhooks.Inbox;
import dev.chat2desk4j.webhooks.WebhookEvents;
import dev.chat2desk4j.webhooks.WebhookSignature;
import java.util.Optional;

/** A consumer's webhook endpoint logic: checks the signature, then reads an inbox event's text. */
public final class InboxReader {

  private final byte[] secret;

  public InboxReader(byte[] secret) {
    this.secret = secret.clone();
  }

  /** The text of a signed inbox delivery; empty for another event or a bad signature. */
  public Optional<String> text(byte[] body, String signature) {
    if (!WebhookSignature.verify(body, signature, secret)) {
      return Optional.empty();
    }
    Chat2DeskEvent event = WebhookEvents.parse(body);
    return event instanceof Inbox inbox ? Optional.ofNullable(inbox.text()) : Optional.empty();
  }
}
