package dev.chat2desk4j.webhooks;

/**
 * One delivery of a Chat2Desk webhook, parsed by {@link WebhookEvents}: a record per event this
 * library knows, and {@link Unknown} for any other, which keeps the raw JSON so that an event the
 * server adds later never breaks a receiver. Deliveries are at least once: deduplicate on {@link
 * #eventId()}.
 */
public sealed interface Chat2DeskEvent
    permits Inbox, Outbox, OutboxStatus, DialogTransferred, DialogClosed, Unknown {

  /**
   * A key that is equal for every delivery of the same event: the payload's {@code event_id} (sent
   * by this project's fake), or else one derived from {@code hook_type} and the message or dialog
   * id, as receivers of the real service deduplicate.
   */
  String eventId();

  /** The payload's {@code hook_type}, the name of the event, such as {@code inbox}. */
  String hookType();
}
