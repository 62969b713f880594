package dev.chat2desk4j.api;

/**
 * Whether a dialog (a conversation between a client and the account) is going on, as the API's
 * {@code state} field says. A state this library does not know arrives as {@link #UNKNOWN}.
 */
public enum DialogState {
  /** The dialog is going on: new messages join it. */
  OPEN("open"),
  /** The dialog is closed: a new message from the client opens a new one. */
  CLOSED("closed"),
  /** A state this version of the library does not know. */
  UNKNOWN("unknown");

  private final String wireValue;

  DialogState(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value of the API's {@code state} field of a dialog. */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Parses the API's {@code state} field of a dialog, ignoring case.
   *
   * @param value the value, or null
   * @return the matching constant, or {@link #UNKNOWN} for null and for values not known here
   */
  public static DialogState fromWire(String value) {
    return WireValues.parse(values(), DialogState::wireValue, value, UNKNOWN);
  }
}
