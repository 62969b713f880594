package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.OperatorRole;
import java.util.Objects;

/**
 * An operator for an {@link AccountSeeder} to create, with what the API shows of one. Start with
 * {@link #named(String)} and add the optional parts with the {@code with…} copies.
 *
 * @param name the full name, first name first (the API's {@code first_name} and {@code last_name})
 * @param email the login e-mail, or null
 * @param phone the phone number, or null
 * @param role what the operator may do; not {@link OperatorRole#UNKNOWN}
 * @param online whether the operator is online
 * @param status the operator's status, such as {@code enabled}
 */
public record OperatorProfile(
    String name, String email, String phone, OperatorRole role, boolean online, String status) {

  /**
   * Checks the name, the role and the status.
   *
   * @throws IllegalArgumentException for a blank name or status, or the role {@code UNKNOWN}
   */
  public OperatorProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(status, "status");
    if (name.isBlank() || status.isBlank() || role == OperatorRole.UNKNOWN) {
      throw new IllegalArgumentException("An operator needs a name, a known role and a status");
    }
  }

  /**
   * An offline operator with this name, the role {@code operator} and the status {@code enabled}.
   */
  public static OperatorProfile named(String name) {
    return new OperatorProfile(name, null, null, OperatorRole.OPERATOR, false, "enabled");
  }

  /** This operator with a login e-mail. */
  public OperatorProfile withEmail(String email) {
    return new OperatorProfile(name, email, phone, role, online, status);
  }

  /** This operator with a phone number. */
  public OperatorProfile withPhone(String phone) {
    return new OperatorProfile(name, email, phone, role, online, status);
  }

  /** This operator with a role. */
  public OperatorProfile withRole(OperatorRole role) {
    return new OperatorProfile(name, email, phone, role, online, status);
  }

  /** This operator online or offline. */
  public OperatorProfile withOnline(boolean online) {
    return new OperatorProfile(name, email, phone, role, online, status);
  }

  /** This operator with a status, such as {@code disabled}. */
  public OperatorProfile withStatus(String status) {
    return new OperatorProfile(name, email, phone, role, online, status);
  }
}
