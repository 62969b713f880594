package dev.chat2desk4j.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request to change a client's data ({@code PUT /v1/clients/{id}}), answered with the client as
 * it is afterwards. Make it with {@link #of(long)} and set what changes with the {@code with…}
 * copies; what is not set stays as it is, and an update that sets nothing is valid (the API answers
 * the client unchanged). An empty text clears a field.
 *
 * @param id the client to change; positive
 * @param nickname the name operators see (stored as {@link Client#assignedName()}), or null to keep
 *     it
 * @param comment the operators' comment, or null to keep it
 * @param extraComment1 the first extra comment, or null to keep it
 * @param extraComment2 the second extra comment, or null to keep it
 * @param extraComment3 the third extra comment, or null to keep it
 * @param externalId the id in the account's own system, or null to keep it
 * @param customFields the account's own fields to set, by name, in order; the fields not named keep
 *     their values, so an empty map changes none
 */
public record UpdateClient(
    long id,
    String nickname,
    String comment,
    String extraComment1,
    String extraComment2,
    String extraComment3,
    String externalId,
    Map<String, String> customFields)
    implements Chat2DeskRequest<Client> {

  /**
   * Checks every field and copies {@code customFields}, keeping its order; null becomes empty.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public UpdateClient {
    Checks.positive(id, "id");
    customFields = checkedFields(customFields);
  }

  /**
   * An update of this client that changes nothing yet.
   *
   * @param id the client to change; positive
   * @return the request
   */
  public static UpdateClient of(long id) {
    return new UpdateClient(id, null, null, null, null, null, null, Map.of());
  }

  @Override
  public Operation operation() {
    return Operation.UPDATE_CLIENT;
  }

  /** This update also setting the name operators see; an empty name clears it. */
  public UpdateClient withNickname(String nickname) {
    Objects.requireNonNull(nickname, "nickname");
    return new UpdateClient(
        id,
        nickname,
        comment,
        extraComment1,
        extraComment2,
        extraComment3,
        externalId,
        customFields);
  }

  /** This update also setting the operators' comment. */
  public UpdateClient withComment(String comment) {
    Objects.requireNonNull(comment, "comment");
    return new UpdateClient(
        id,
        nickname,
        comment,
        extraComment1,
        extraComment2,
        extraComment3,
        externalId,
        customFields);
  }

  /** This update also setting the first extra comment. */
  public UpdateClient withExtraComment1(String extraComment1) {
    Objects.requireNonNull(extraComment1, "extraComment1");
    return new UpdateClient(
        id,
        nickname,
        comment,
        extraComment1,
        extraComment2,
        extraComment3,
        externalId,
        customFields);
  }

  /** This update also setting the second extra comment. */
  public UpdateClient withExtraComment2(String extraComment2) {
    Objects.requireNonNull(extraComment2, "extraComment2");
    return new UpdateClient(
        id,
        nickname,
        comment,
        extraComment1,
        extraComment2,
        extraComment3,
        externalId,
        customFields);
  }

  /** This update also setting the third extra comment. */
  public UpdateClient withExtraComment3(String extraComment3) {
    Objects.requireNonNull(extraComment3, "extraComment3");
    return new UpdateClient(
        id,
        nickname,
        comment,
        extraComment1,
        extraComment2,
        extraComment3,
        externalId,
        customFields);
  }

  /** This update also setting the id in the account's own system. */
  public UpdateClient withExternalId(String externalId) {
    Objects.requireNonNull(externalId, "externalId");
    return new UpdateClient(
        id,
        nickname,
        comment,
        extraComment1,
        extraComment2,
        extraComment3,
        externalId,
        customFields);
  }

  /** This update setting the given custom fields instead of those set before. */
  public UpdateClient withCustomFields(Map<String, String> customFields) {
    Objects.requireNonNull(customFields, "customFields");
    return new UpdateClient(
        id,
        nickname,
        comment,
        extraComment1,
        extraComment2,
        extraComment3,
        externalId,
        customFields);
  }

  private static Map<String, String> checkedFields(Map<String, String> fields) {
    if (fields == null || fields.isEmpty()) {
      return Map.of();
    }
    // LinkedHashMap, not Map.copyOf: the fields reach the wire in the caller's order.
    Map<String, String> copy = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("customFields must not have a blank name");
          }
          if (value == null) {
            throw new IllegalArgumentException(
                "customFields must not have a null value but " + name + " had one");
          }
          copy.put(name, value);
        });
    return Collections.unmodifiableMap(copy);
  }
}
