/**
 * Webhook delivery: {@link dev.chat2desk4j.mock.webhook.WebhookDispatcher} POSTs the state's events
 * to the webhooks subscribed to them (bounded queue, per-dialog lanes, retries, a delivery
 * journal), {@link dev.chat2desk4j.mock.webhook.EventPayloads} builds every payload, and {@link
 * dev.chat2desk4j.mock.webhook.WebhookDeliveries} is what tests read.
 */
package dev.chat2desk4j.mock.webhook;
