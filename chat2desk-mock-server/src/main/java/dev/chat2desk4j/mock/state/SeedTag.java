package dev.chat2desk4j.mock.state;

import java.util.List;
import java.util.Objects;

/**
 * A tag a {@link Seed} creates, and the clients (of the seed or the account) it is put on, by name.
 * Start with {@link #of(String)} and add the optional parts with the {@code with…} copies.
 *
 * @param label the tag's text
 * @param group the name of the tag's group, or null; tags of one group name share its id
 * @param description what the tag means, or null
 * @param clients the names of the clients that carry the tag; the first client with a name wins
 */
public record SeedTag(String label, String group, String description, List<String> clients) {

  /** Checks the label and copies the clients' names. */
  public SeedTag {
    Objects.requireNonNull(label, "label");
    clients = clients == null ? List.of() : List.copyOf(clients);
  }

  /** A tag with this label, in no group, on no client. */
  public static SeedTag of(String label) {
    return new SeedTag(label, null, null, List.of());
  }

  /** This tag in the group of this name. */
  public SeedTag inGroup(String group) {
    return new SeedTag(label, Objects.requireNonNull(group, "group"), description, clients);
  }

  /** This tag with a description. */
  public SeedTag withDescription(String description) {
    return new SeedTag(label, group, description, clients);
  }

  /** This tag put on the clients of these names. */
  public SeedTag onClients(String... clients) {
    return new SeedTag(label, group, description, List.of(clients));
  }
}
