package dev.chat2desk4j.api;

/** The order of a message listing by message id; the API lists in ascending order by default. */
public enum SortOrder {
  /** Oldest first: the API's default, and stable while new messages arrive. */
  ASC("asc"),
  /** Newest first: the way to read a client's latest messages. */
  DESC("desc");

  private final String wireValue;

  SortOrder(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value of the {@code order} query parameter. */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Parses the {@code order} query parameter, ignoring case.
   *
   * @param value the parameter's value, or null
   * @return the order, or null when {@code value} names none
   */
  public static SortOrder fromWire(String value) {
    for (SortOrder order : values()) {
      if (order.wireValue.equalsIgnoreCase(value)) {
        return order;
      }
    }
    return null;
  }
}
