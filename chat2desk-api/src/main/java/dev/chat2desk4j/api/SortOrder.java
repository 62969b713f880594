package dev.chat2desk4j.api;

/**
 * The order of a listing by id, which is also the order of creation. The API lists in ascending
 * order when a request names none.
 */
public enum SortOrder {
  /** Oldest first: the API's default, and stable while new items arrive. */
  ASC("asc"),
  /** Newest first: the way to read the latest items, such as a client's last messages. */
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
    return WireValues.parse(values(), SortOrder::wireValue, value, null);
  }
}
