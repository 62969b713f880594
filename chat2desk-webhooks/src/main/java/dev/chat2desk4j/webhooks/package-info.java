/**
 * Receiving Chat2Desk webhooks: {@link dev.chat2desk4j.webhooks.WebhookEvents#parse(byte[])} turns
 * a delivery's body into a typed {@link dev.chat2desk4j.webhooks.Chat2DeskEvent}, and {@link
 * dev.chat2desk4j.webhooks.WebhookSignature} checks this project's signature header. Depends on
 * Jackson and {@code chat2desk-api} only, so an application that only receives webhooks needs no
 * HTTP client library.
 */
package dev.chat2desk4j.webhooks;
