package dev.chat2desk4j.api;

/**
 * What an operator may do in the account, as the API's {@code role} field names it. A role this
 * library does not know arrives as {@link #UNKNOWN}.
 */
public enum OperatorRole {
  /** Manages the account, its operators and its settings. */
  ADMIN("admin"),
  /** Oversees operators and their dialogs. */
  SUPERVISOR("supervisor"),
  /** Answers clients. */
  OPERATOR("operator"),
  /** A role this version of the library does not know. */
  UNKNOWN("unknown");

  private final String wireValue;

  OperatorRole(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value of the API's {@code role} field of an operator. */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Parses the API's {@code role} field of an operator, ignoring case.
   *
   * @param value the value, or null
   * @return the matching constant, or {@link #UNKNOWN} for null and for values not known here
   */
  public static OperatorRole fromWire(String value) {
    return WireValues.parse(values(), OperatorRole::wireValue, value, UNKNOWN);
  }
}
