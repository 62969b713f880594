package dev.chat2desk4j.webhooks;

/**
 * A webhook body that cannot be read as an event: not a JSON object, without {@code hook_type}, or
 * without a field its event cannot do without. The message names the problem and, where one is at
 * fault, the field; it never quotes the body.
 */
public final class WebhookParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  WebhookParseException(String message) {
    super(message);
  }
}
