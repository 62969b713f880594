package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Client;
import java.util.Collection;
import java.util.List;

/**
 * The tags assignments put on clients, as client listings and reads show them: the narrow hook the
 * client code calls, so that a client's {@code tags} field and the {@code tags} filter of client
 * lists follow {@code assign_to} and {@code delete_from}. {@link TagBook} implements it.
 */
public interface ClientTags {

  /** The ids of the tags on a client, in ascending order; empty for a client without tags. */
  List<Long> tagIdsOf(long clientId);

  /** Whether a client carries at least one of these tags. */
  default boolean carriesAny(long clientId, Collection<Long> tagIds) {
    return tagIdsOf(clientId).stream().anyMatch(tagIds::contains);
  }

  /**
   * The client with its {@code tags} as the assignments say; the client itself when they already
   * agree, as for most clients of a listing (a listing copies no client it need not).
   */
  default Client tagged(Client client) {
    List<Long> tagIds = tagIdsOf(client.id());
    if (tagIds.equals(client.tagIds())) {
      return client;
    }
    return new Client(
        client.id(),
        client.name(),
        client.assignedName(),
        client.phone(),
        client.avatar(),
        client.regionId(),
        client.countryId(),
        client.externalId(),
        client.comment(),
        client.extraComment1(),
        client.extraComment2(),
        client.extraComment3(),
        client.customFields(),
        tagIds,
        client.channels());
  }
}
