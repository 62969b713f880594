package dev.chat2desk4j.api;

/**
 * A reference list the API serves under {@code /v1/help/}, read with {@link GetHelpList}. Only this
 * library sends these values, so the set has no {@code UNKNOWN} constant: {@link #fromWire} answers
 * null for a name it does not know, as a server routing the path needs.
 */
public enum HelpList {
  /** The messengers the API knows. */
  TRANSPORTS("transports"),
  /** The operators' roles. */
  ROLES("roles"),
  /** The states a dialog can be in. */
  DIALOG_STATES("dialog_states"),
  /** The kinds of message. */
  MESSAGE_TYPES("message_types"),
  /** The API's modes (levels). */
  API_MODES("api_modes");

  private final String wireValue;

  HelpList(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The list's path segment: {@code GET /v1/help/{wireValue}}. */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Parses a path segment, ignoring case.
   *
   * @param value the segment, or null
   * @return the list, or null when {@code value} names none
   */
  public static HelpList fromWire(String value) {
    return WireValues.parse(values(), HelpList::wireValue, value, null);
  }
}
