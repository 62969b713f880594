package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.OperatorRole;

/**
 * An operator of a fake account: someone who answers clients and receives dialog transfers. How
 * many dialogs the operator holds open is not kept here but counted from the dialogs when the
 * operator is read, so that it always agrees with them.
 *
 * @param id the operator's id
 * @param name the full name, first name first; seeds refer to the operator by it
 * @param email the login e-mail, or null
 * @param phone the phone number, or null
 * @param role what the operator may do; never {@link OperatorRole#UNKNOWN}
 * @param online whether the operator is online
 * @param status the operator's status, such as {@code enabled}
 */
public record MockOperator(
    long id,
    String name,
    String email,
    String phone,
    OperatorRole role,
    boolean online,
    String status) {

  /** The name up to its first space: the wire's {@code first_name}. */
  public String firstName() {
    int space = name == null ? -1 : name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  /** The name after its first space (the wire's {@code last_name}), or null for a single name. */
  public String lastName() {
    int space = name == null ? -1 : name.indexOf(' ');
    return space < 0 ? null : name.substring(space + 1);
  }
}
