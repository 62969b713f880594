package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.MessageType;
import java.util.Objects;

/**
 * A message in a {@link SeedClient}'s history.
 *
 * @param type {@link MessageType#FROM_CLIENT} for what the client wrote, else a sendable type
 * @param text the text
 * @param operator the name of the operator who sent it, or null
 */
public record SeedMessage(MessageType type, String text, String operator) {

  /** Checks that the type and the text are present and the type can exist in a history. */
  public SeedMessage {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (type == MessageType.UNKNOWN) {
      throw new IllegalArgumentException("A seed message needs a known type");
    }
  }
}
