package dev.chat2desk4j.mock.webhook;

/**
 * What the dispatcher has done since it started (or its last clear), so that nothing it drops is
 * silent.
 *
 * @param queued deliveries waiting now, retries included
 * @param delivered deliveries a receiver took (2xx)
 * @param failedAttempts attempts that failed (no answer, a timeout or another status)
 * @param dropped deliveries refused because the queue was full
 * @param discarded deliveries given up: the hook was disabled, deleted or changed its URL, or its
 *     target is not allowed
 */
public record DeliveryCounts(
    long queued, long delivered, long failedAttempts, long dropped, long discarded) {}
