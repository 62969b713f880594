package dev.chat2desk4j.mock.webhook;

import java.time.Duration;
import java.util.List;

/**
 * What a test reads of the fake's webhook deliveries ({@code server.webhooks()}): the delivery
 * journal, the counts (drops included) and bounded waits.
 */
public final class WebhookDeliveries {

  private final WebhookDispatcher dispatcher;

  /** The view of a dispatcher. */
  public WebhookDeliveries(WebhookDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  /** Every attempt the journal keeps, oldest first. */
  public List<DeliveryAttempt> attempts() {
    return dispatcher.attempts();
  }

  /** The dispatcher's counts: queued, delivered, failed attempts, dropped, discarded. */
  public DeliveryCounts counts() {
    return dispatcher.counts();
  }

  /** Starts an assertion on the deliveries; see {@link DeliveryVerification}. */
  public DeliveryVerification verify() {
    return new DeliveryVerification(dispatcher.journal());
  }

  /**
   * Waits until no delivery is queued or being retried, at most {@code timeout}.
   *
   * @throws AssertionError when deliveries are still queued after it
   */
  public void awaitIdle(Duration timeout) {
    try {
      dispatcher.journal().await(all -> dispatcher.counts().queued() == 0, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for the webhook queue", e);
    }
    long queued = dispatcher.counts().queued();
    if (queued > 0) {
      throw new AssertionError(queued + " webhook deliveries still queued after " + timeout);
    }
  }

  /** Empties the journal and the counts. */
  public void clear() {
    dispatcher.clear();
  }
}
