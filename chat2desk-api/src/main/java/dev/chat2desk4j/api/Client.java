package dev.chat2desk4j.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client (contact) of the account: a person who writes through one or more messengers.
 *
 * @param id the client's id, the {@code client_id} that messages refer to
 * @param name the name the messenger reports, or null
 * @param assignedName the name an operator gave the client, or null
 * @param phone the phone number in international digits, or null
 * @param avatar the avatar's URL, or null
 * @param regionId the region's id, or null
 * @param countryId the country's id, or null
 * @param externalId the id in the account's own system ({@code client_external_id}), or null
 * @param comment the operators' comment on the client, or null
 * @param extraComment1 the first extra comment ({@code extra_comment_1}), or null
 * @param extraComment2 the second extra comment ({@code extra_comment_2}), or null
 * @param extraComment3 the third extra comment ({@code extra_comment_3}), or null
 * @param customFields the account's own fields on the client ({@code custom_fields}) by name, in
 *     the API's order; a field without a value is left out
 * @param tagIds the ids of the tags on the client
 * @param channels the channels the client can be reached through, with their messengers; the API
 *     names them only when one client is read, so listings leave this empty
 */
public record Client(
    long id,
    String name,
    String assignedName,
    String phone,
    String avatar,
    Long regionId,
    Long countryId,
    String externalId,
    String comment,
    String extraComment1,
    String extraComment2,
    String extraComment3,
    Map<String, String> customFields,
    List<Long> tagIds,
    List<ClientChannel> channels) {

  /** Copies the lists and the map so the record stays immutable; null becomes empty. */
  public Client {
    customFields = withoutEmptyValues(customFields);
    tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
    channels = channels == null ? List.of() : List.copyOf(channels);
  }

  /**
   * A client with an id, a name and a phone and nothing else, as tests and seeds often want.
   *
   * @param id the client's id
   * @param name the name, or null
   * @param phone the phone, or null
   * @return the client
   */
  public static Client of(long id, String name, String phone) {
    return new Client(
        id, name, null, phone, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * The name to show: the operator-assigned name when there is one, else the messenger's name.
   *
   * @return the display name, or null when the client has neither
   */
  public String displayName() {
    return assignedName != null ? assignedName : name;
  }

  private static Map<String, String> withoutEmptyValues(Map<String, String> fields) {
    if (fields == null || fields.isEmpty()) {
      return Map.of();
    }
    // LinkedHashMap, not Map.copyOf: keeps the API's order and tolerates the nulls it may send.
    Map<String, String> copy = new LinkedHashMap<>();
    fields.forEach(
        (field, value) -> {
          if (field != null && value != null) {
            copy.put(field, value);
          }
        });
    return Collections.unmodifiableMap(copy);
  }
}
