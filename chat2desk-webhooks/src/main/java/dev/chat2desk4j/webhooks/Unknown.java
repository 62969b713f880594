package dev.chat2desk4j.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A delivery of an event this library has no record for, kept whole so a receiver can read it
 * itself.
 *
 * @param hookType the payload's {@code hook_type}
 * @param rawJson the body as received
 */
public record Unknown(String hookType, String rawJson) implements Chat2DeskEvent {

  /** Checks that both are given. */
  public Unknown {
    Objects.requireNonNull(hookType, "hookType");
    Objects.requireNonNull(rawJson, "rawJson");
  }

  /**
   * The payload's {@code event_id}, else {@code hook_type} with its message or dialog id, else
   * {@code hook_type} with a SHA-256 of the body (equal bodies are the same event).
   */
  @Override
  public String eventId() {
    return WebhookEvents.unknownEventId(this).orElseGet(this::bodyDigest);
  }

  private String bodyDigest() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(rawJson.getBytes(StandardCharsets.UTF_8));
      return hookType + ":sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
