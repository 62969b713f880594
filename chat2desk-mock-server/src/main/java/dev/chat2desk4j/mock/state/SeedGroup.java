package dev.chat2desk4j.mock.state;

import java.util.List;
import java.util.Objects;

/**
 * An operator group a {@link Seed} creates, naming its operators (from the seed or the account).
 *
 * @param name the group's name
 * @param operators the names of its operators, in order
 */
public record SeedGroup(String name, List<String> operators) {

  /** Checks the name and copies the operators' names. */
  public SeedGroup {
    Objects.requireNonNull(name, "name");
    operators = List.copyOf(Objects.requireNonNull(operators, "operators"));
  }

  /** A group of the named operators. */
  public static SeedGroup of(String name, String... operators) {
    return new SeedGroup(name, List.of(operators));
  }
}
