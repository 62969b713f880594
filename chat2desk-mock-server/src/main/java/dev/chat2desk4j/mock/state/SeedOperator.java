package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.OperatorRole;
import java.util.Objects;

/**
 * An operator to add to an account, from a {@link Seed} or a test. Start with {@link
 * #named(String)} and add the optional parts with the {@code with…} copies.
 *
 * @param name the full name, first name first; seeds refer to the operator by it
 * @param email the login e-mail, or null
 * @param phone the phone number, or null
 * @param role what the operator may do; null means {@link OperatorRole#OPERATOR}
 * @param online whether the operator is online
 * @param status the operator's status; null means {@value #DEFAULT_STATUS}
 */
public record SeedOperator(
    String name, String email, String phone, OperatorRole role, boolean online, String status) {

  /** The status of an operator that a seed gives none: {@value}. */
  public static final String DEFAULT_STATUS = "enabled";

  /**
   * Checks the name and the role and fills the defaults.
   *
   * @throws IllegalArgumentException for a blank name or status, or the role {@code UNKNOWN}
   */
  public SeedOperator {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("An operator's name must not be blank");
    }
    role = Objects.requireNonNullElse(role, OperatorRole.OPERATOR);
    if (role == OperatorRole.UNKNOWN) {
      throw new IllegalArgumentException("An operator needs a known role");
    }
    status = Objects.requireNonNullElse(status, DEFAULT_STATUS);
    if (status.isBlank()) {
      throw new IllegalArgumentException("An operator's status must not be blank");
    }
  }

  /** An offline operator with this name, the role {@code operator} and nothing else. */
  public static SeedOperator named(String name) {
    return new SeedOperator(name, null, null, null, false, null);
  }

  /** This operator with a login e-mail. */
  public SeedOperator withEmail(String email) {
    return new SeedOperator(name, email, phone, role, online, status);
  }

  /** This operator with a phone number. */
  public SeedOperator withPhone(String phone) {
    return new SeedOperator(name, email, phone, role, online, status);
  }

  /** This operator with a role. */
  public SeedOperator withRole(OperatorRole role) {
    return new SeedOperator(
        name, email, phone, Objects.requireNonNull(role, "role"), online, status);
  }

  /** This operator online or offline. */
  public SeedOperator withOnline(boolean online) {
    return new SeedOperator(name, email, phone, role, online, status);
  }

  /** This operator with a status, such as {@code enabled} or {@code disabled}. */
  public SeedOperator withStatus(String status) {
    return new SeedOperator(
        name, email, phone, role, online, Objects.requireNonNull(status, "status"));
  }
}
