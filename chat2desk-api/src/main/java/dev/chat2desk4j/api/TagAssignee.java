package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * What a tag is put on or taken off: a client or a request (conversation). A typed value rather
 * than a bare id, because a client id and a request id are both numbers that a caller could swap
 * silently.
 *
 * @param kind whether {@code id} is a client's or a request's
 * @param id the client's or request's id; positive
 */
public record TagAssignee(Kind kind, long id) {

  /** What kind of object a {@link TagAssignee} names, as the wire's {@code assignee_type} says. */
  public enum Kind {
    /** A client ({@code client_id} on the wire). */
    CLIENT("client"),
    /** A request, one conversation of a client ({@code request_id} on the wire). */
    REQUEST("request");

    private final String wireValue;

    Kind(String wireValue) {
      this.wireValue = wireValue;
    }

    /** The value of the wire's {@code assignee_type}. */
    public String wireValue() {
      return wireValue;
    }

    /**
     * Parses the wire's {@code assignee_type}, ignoring case. Only this library sends it, so there
     * is no {@code UNKNOWN} constant.
     *
     * @param value the value, or null
     * @return the kind, or null when {@code value} names none
     */
    public static Kind fromWire(String value) {
      return WireValues.parse(values(), Kind::wireValue, value, null);
    }
  }

  /**
   * Checks the kind and the id.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public TagAssignee {
    Objects.requireNonNull(kind, "kind");
    Checks.positive(id, "id");
  }

  /**
   * The client with this id.
   *
   * @param id the client's id; positive
   * @return the assignee
   */
  public static TagAssignee client(long id) {
    return new TagAssignee(Kind.CLIENT, id);
  }

  /**
   * The request (conversation) with this id.
   *
   * @param id the request's id; positive
   * @return the assignee
   */
  public static TagAssignee request(long id) {
    return new TagAssignee(Kind.REQUEST, id);
  }
}
