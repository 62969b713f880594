package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.MessageType;
import java.util.Objects;

/**
 * A message in a {@link SeedDialog}'s history.
 *
 * @param type {@link MessageType#FROM_CLIENT} for what the client wrote, else a sendable type
 * @param text the text
 * @param operator the name of the operator who sent it, or null
 * @param read whether it was read, or null for the API's default: what the client wrote is unread,
 *     what the account sent is read
 */
public record SeedMessage(MessageType type, String text, String operator, Boolean read) {

  /** Checks that the type and the text are present and the type can exist in a history. */
  public SeedMessage {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (type == MessageType.UNKNOWN) {
      throw new IllegalArgumentException("A seed message needs a known type");
    }
  }

  /** A message with the default read state. */
  public SeedMessage(MessageType type, String text, String operator) {
    this(type, text, operator, null);
  }

  /** This message marked read or unread. */
  public SeedMessage withRead(boolean read) {
    return new SeedMessage(type, text, operator, read);
  }

  /** Whether the message is stored read: as given, else unread only when the client wrote it. */
  boolean isRead() {
    return read != null ? read : type != MessageType.FROM_CLIENT;
  }
}
