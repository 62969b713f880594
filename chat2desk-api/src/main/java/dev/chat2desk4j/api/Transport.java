package dev.chat2desk4j.api;

/**
 * The messenger a message travels through, as the API's {@code transport} field names it. A value
 * this library does not know yet arrives as {@link #UNKNOWN}, so that a messenger added on the
 * server never breaks a client.
 */
public enum Transport {
  WHATSAPP("whatsapp"),
  TELEGRAM("telegram"),
  VIBER("viber"),
  VK("vk"),
  INSTAGRAM("instagram"),
  FACEBOOK("facebook"),
  SMS("sms"),
  WIDGET("widget"),
  EMAIL("email"),
  EXTERNAL("external"),
  /** A transport the server sent that this version of the library does not know. */
  UNKNOWN("unknown");

  private final String wireValue;

  Transport(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value of the API's {@code transport} field. */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Parses the API's {@code transport} field, ignoring case.
   *
   * @param value the field's value, or null
   * @return the matching transport, or {@link #UNKNOWN} for null and for values not known here
   */
  public static Transport fromWire(String value) {
    return WireValues.parse(values(), Transport::wireValue, value, UNKNOWN);
  }
}
