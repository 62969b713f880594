package dev.chat2desk4j.mock.state;

import java.util.Objects;

/**
 * An answer template a {@link Seed} creates; it is stamped with the account's clock when added.
 *
 * @param name the template's name
 * @param command the shortcut that inserts it, such as {@code /hello}, or null
 * @param text the text it inserts
 */
public record SeedTemplate(String name, String command, String text) {

  /** Checks that the name and the text are present. */
  public SeedTemplate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }
}
