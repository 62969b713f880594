package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.UpdateClient;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What operators wrote on a client's card, as a {@link SeedClient} gives it: the fields {@code PUT
 * /v1/clients/{id}} changes. Start with {@link #empty()} and add fields with the {@code with…}
 * copies.
 *
 * @param assignedName the name operators gave the client ({@code assigned_name}), or null
 * @param comment the operators' comment, or null
 * @param extraComment1 {@code extra_comment_1}, or null
 * @param extraComment2 {@code extra_comment_2}, or null
 * @param extraComment3 {@code extra_comment_3}, or null
 * @param externalId the id in the account's own system, or null
 * @param customFields the account's own fields by name, in order
 */
public record ClientCard(
    String assignedName,
    String comment,
    String extraComment1,
    String extraComment2,
    String extraComment3,
    String externalId,
    Map<String, String> customFields) {

  /**
   * Copies the custom fields, keeping their order; null becomes empty.
   *
   * @throws IllegalArgumentException for a blank field name or a null value
   */
  public ClientCard {
    Map<String, String> copy = new LinkedHashMap<>();
    if (customFields != null) {
      customFields.forEach(
          (name, value) -> {
            if (name == null || name.isBlank() || value == null) {
              throw new IllegalArgumentException(
                  "A seed card's custom field needs a name and a value");
            }
            copy.put(name, value);
          });
    }
    customFields = Collections.unmodifiableMap(copy);
  }

  /** A card with nothing written on it. */
  public static ClientCard empty() {
    return new ClientCard(null, null, null, null, null, null, Map.of());
  }

  /** This card with the name operators gave the client. */
  public ClientCard withAssignedName(String assignedName) {
    return new ClientCard(
        assignedName,
        comment,
        extraComment1,
        extraComment2,
        extraComment3,
        externalId,
        customFields);
  }

  /** This card with the operators' comment. */
  public ClientCard withComment(String comment) {
    return new ClientCard(
        assignedName,
        comment,
        extraComment1,
        extraComment2,
        extraComment3,
        externalId,
        customFields);
  }

  /** This card with the three extra comments; null leaves one empty. */
  public ClientCard withExtraComments(String first, String second, String third) {
    return new ClientCard(assignedName, comment, first, second, third, externalId, customFields);
  }

  /** This card with the id in the account's own system. */
  public ClientCard withExternalId(String externalId) {
    return new ClientCard(
        assignedName,
        comment,
        extraComment1,
        extraComment2,
        extraComment3,
        externalId,
        customFields);
  }

  /** This card with one more custom field, or a new value for one it has. */
  public ClientCard withCustomField(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(customFields);
    more.put(name, value);
    return new ClientCard(
        assignedName, comment, extraComment1, extraComment2, extraComment3, externalId, more);
  }

  /** Whether nothing is written on the card. */
  boolean isEmpty() {
    return equals(empty());
  }

  /** The update that writes this card on a client. */
  UpdateClient toUpdate(long clientId) {
    return new UpdateClient(
        clientId,
        assignedName,
        comment,
        extraComment1,
        extraComment2,
        extraComment3,
        externalId,
        customFields);
  }
}
