package dev.chat2desk4j.api;

/**
 * The kind of a message, as the API's {@code type} field names it. A value this library does not
 * know yet arrives as {@link #UNKNOWN}, so that a new kind on the server never breaks a client.
 */
public enum MessageType {
  /** Sent by an operator or a bot to the client: the default when sending. */
  TO_CLIENT("to_client"),
  /** Received from the client. */
  FROM_CLIENT("from_client"),
  /** An automatic reply. */
  AUTOREPLY("autoreply"),
  /** A system notice in the dialog. */
  SYSTEM("system"),
  /** An operators' internal comment, never shown to the client. */
  COMMENT("comment"),
  /** Sent to a group chat. */
  TO_GROUP("to_group"),
  /** A type the server sent that this version of the library does not know. */
  UNKNOWN("unknown");

  private final String wireValue;

  MessageType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value of the API's {@code type} field. */
  public String wireValue() {
    return wireValue;
  }

  /** Whether a message of this type may be sent through {@link Chat2Desk#sendMessage}. */
  public boolean isSendable() {
    return this != FROM_CLIENT && this != UNKNOWN;
  }

  /**
   * Parses the API's {@code type} field, ignoring case.
   *
   * @param value the field's value, or null
   * @return the matching type, or {@link #UNKNOWN} for null and for values not known here
   */
  public static MessageType fromWire(String value) {
    return WireValues.parse(values(), MessageType::wireValue, value, UNKNOWN);
  }
}
