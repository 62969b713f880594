package dev.chat2desk4j.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A person (or bot account) who answers clients on behalf of the account.
 *
 * @param id the operator's id, the {@code operator_id} that messages and dialogs refer to
 * @param email the login e-mail, or null
 * @param phone the phone number, or null
 * @param role what the operator may do; {@link OperatorRole#UNKNOWN} for a role not known here
 * @param online whether the operator is online now
 * @param openedDialogs how many dialogs the operator holds open
 * @param firstName the first name, or null
 * @param lastName the last name, or null
 * @param avatar the avatar's URL, or null
 * @param accessRightId the id of the operator's set of access rights, or null
 * @param externalId the id in the account's own system, or null
 * @param lastVisit when the operator was last active, or null if the server did not say
 * @param statusId the id of the operator's current status (such as "on a break"), or null
 */
public record Operator(
    long id,
    String email,
    String phone,
    OperatorRole role,
    boolean online,
    int openedDialogs,
    String firstName,
    String lastName,
    String avatar,
    Long accessRightId,
    String externalId,
    Instant lastVisit,
    Long statusId) {

  /** Replaces a null role with {@link OperatorRole#UNKNOWN}. */
  public Operator {
    role = Objects.requireNonNullElse(role, OperatorRole.UNKNOWN);
  }
}
