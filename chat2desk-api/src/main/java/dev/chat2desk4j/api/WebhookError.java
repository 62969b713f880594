package dev.chat2desk4j.api;

import java.time.Instant;

/**
 * A failed delivery the API recorded on a {@link Webhook}.
 *
 * @param text what went wrong, or null
 * @param createdAt when it happened (the wire sends a Unix time), or null if not given
 */
public record WebhookError(String text, Instant createdAt) {}
