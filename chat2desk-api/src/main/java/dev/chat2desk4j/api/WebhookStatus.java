package dev.chat2desk4j.api;

/**
 * Whether the API delivers a webhook's events, as its {@code status} field says. The real service
 * disables a hook itself after hours of failed deliveries. A status this library does not know
 * arrives as {@link #UNKNOWN}.
 */
public enum WebhookStatus {
  /** Events are delivered. */
  ENABLED("enable"),
  /** Events are not delivered. */
  DISABLED("disable"),
  /** A status this version of the library does not know. */
  UNKNOWN("unknown");

  private final String wireValue;

  WebhookStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value of the API's {@code status} field of a webhook. */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Parses the API's {@code status} field of a webhook, ignoring case.
   *
   * @param value the value, or null
   * @return the matching constant, or {@link #UNKNOWN} for null and for values not known here
   */
  public static WebhookStatus fromWire(String value) {
    return WireValues.parse(values(), WebhookStatus::wireValue, value, UNKNOWN);
  }
}
