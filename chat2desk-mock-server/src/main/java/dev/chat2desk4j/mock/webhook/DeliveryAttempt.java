package dev.chat2desk4j.mock.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * One attempt to deliver an event to a webhook, as the delivery journal keeps it.
 *
 * @param eventId the event's stable id (the same on every attempt)
 * @param hookType the event's name, such as {@code inbox}
 * @param hookId the webhook's id
 * @param url where it was POSTed
 * @param account the account's label
 * @param attempt 1 for the first attempt, 2 for the first retry, ...
 * @param status the receiver's HTTP status, or 0 without an answer
 * @param latency from sending to the answer (or the failure)
 * @param error what went wrong, or null for a 2xx
 * @param at when the attempt ended
 */
public record DeliveryAttempt(
    String eventId,
    String hookType,
    long hookId,
    String url,
    String account,
    int attempt,
    int status,
    Duration latency,
    String error,
    Instant at) {

  /** Whether the receiver answered 2xx. */
  public boolean delivered() {
    return error == null && status >= 200 && status < 300;
  }
}
