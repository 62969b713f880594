package dev.chat2desk4j.mock.webhook;

import dev.chat2desk4j.api.WebhookEvent;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An assertion on the delivery journal, waiting a bounded time: {@code
 * server.webhooks().verify().delivered(WebhookEvent.INBOX).to(url).within(Duration.ofSeconds(5))}.
 * Each call narrows a copy; {@link #within(Duration)} waits and fails with an {@link
 * AssertionError} that lists what was seen.
 */
public final class DeliveryVerification {

  private final DeliveryJournal journal;
  private final Predicate<DeliveryAttempt> filter;
  private final String description;
  private final int atLeast;

  DeliveryVerification(DeliveryJournal journal) {
    this(journal, DeliveryAttempt::delivered, "a delivery", 1);
  }

  private DeliveryVerification(
      DeliveryJournal journal, Predicate<DeliveryAttempt> filter, String description, int n) {
    this.journal = journal;
    this.filter = filter;
    this.description = description;
    this.atLeast = n;
  }

  /** Only successful deliveries of this event. */
  public DeliveryVerification delivered(WebhookEvent event) {
    Objects.requireNonNull(event, "event");
    return narrow(a -> a.hookType().equals(event.wireValue()), " of " + event.wireValue());
  }

  /** Only deliveries to this URL. */
  public DeliveryVerification to(String url) {
    Objects.requireNonNull(url, "url");
    return narrow(a -> a.url().equals(url), " to the given URL");
  }

  /** Only deliveries of the event with this id. */
  public DeliveryVerification withEventId(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return narrow(a -> a.eventId().equals(eventId), " of event " + eventId);
  }

  /** Waits for at least {@code count} distinct events instead of one. */
  public DeliveryVerification atLeast(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1 but was " + count);
    }
    return new DeliveryVerification(journal, filter, description, count);
  }

  /**
   * Waits until the journal holds the deliveries asked for, at most {@code timeout}.
   *
   * @return the matching successful attempts, oldest first
   * @throws AssertionError when they did not come in time
   */
  public List<DeliveryAttempt> within(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    List<DeliveryAttempt> seen;
    try {
      seen = journal.await(all -> distinctEvents(matching(all)) >= atLeast, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for " + description, e);
    }
    List<DeliveryAttempt> matching = matching(seen);
    if (distinctEvents(matching) < atLeast) {
      throw new AssertionError(
          "Expected "
              + (atLeast == 1 ? "" : atLeast + " events in ")
              + description
              + " within "
              + timeout
              + " but saw "
              + distinctEvents(matching)
              + "; the journal has "
              + seen.size()
              + " attempts: "
              + seen.subList(Math.max(0, seen.size() - 10), seen.size()));
    }
    return matching;
  }

  private List<DeliveryAttempt> matching(List<DeliveryAttempt> all) {
    return all.stream().filter(filter).toList();
  }

  private static long distinctEvents(List<DeliveryAttempt> attempts) {
    return attempts.stream().map(a -> a.eventId() + "/" + a.hookId()).distinct().count();
  }

  private DeliveryVerification narrow(Predicate<DeliveryAttempt> more, String words) {
    return new DeliveryVerification(journal, filter.and(more), description + words, atLeast);
  }
}
