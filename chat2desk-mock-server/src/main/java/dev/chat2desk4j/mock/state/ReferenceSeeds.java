package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.AssignTags;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.TagAssignee;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a {@link Seed} checks and applies its reference data (operator groups, tags and the clients
 * they are on, templates, the quota), after its operators, channels and clients.
 */
final class ReferenceSeeds {

  private ReferenceSeeds() {}

  /**
   * Checks that every name the reference data uses is known.
   *
   * @param operatorNames the operators of the seed and the account
   * @throws IllegalArgumentException naming the first unknown name
   */
  static void check(Seed seed, MockAccount account, Set<String> operatorNames) {
    for (SeedGroup group : seed.groups()) {
      for (String operator : group.operators()) {
        if (!operatorNames.contains(operator)) {
          throw new IllegalArgumentException(
              "Seed group '" + group.name() + "' names unknown operator '" + operator + "'");
        }
      }
    }
    Set<String> clientNames = new HashSet<>();
    seed.clients().forEach(client -> clientNames.add(client.name()));
    account.clients().forEach(client -> clientNames.add(client.name()));
    for (SeedTag tag : seed.tags()) {
      for (String client : tag.clients()) {
        if (!clientNames.contains(client)) {
          throw new IllegalArgumentException(
              "Seed tag '" + tag.label() + "' names unknown client '" + client + "'");
        }
      }
    }
  }

  /** Adds the reference data to an account whose operators and clients the seed has added. */
  static void apply(Seed seed, MockAccount account) {
    AccountReference reference = account.reference();
    for (SeedGroup group : seed.groups()) {
      List<Long> ids =
          group.operators().stream()
              .map(name -> account.operatorNamed(name).orElseThrow().id())
              .toList();
      reference.operators().addGroup(group.name(), ids);
    }
    List<Client> clients = account.clients();
    for (SeedTag seedTag : seed.tags()) {
      long tagId =
          reference.tags().add(seedTag.label(), seedTag.group(), seedTag.description()).id();
      for (String name : seedTag.clients()) {
        long clientId =
            clients.stream()
                .filter(client -> name.equals(client.name()))
                .findFirst()
                .orElseThrow()
                .id();
        reference.tags().assign(AssignTags.of(TagAssignee.client(clientId), tagId));
      }
    }
    seed.templates().forEach(reference.templates()::add);
    if (seed.quota() != null) {
      reference.usage().set(seed.quota().limit(), seed.quota().used());
    }
  }
}
