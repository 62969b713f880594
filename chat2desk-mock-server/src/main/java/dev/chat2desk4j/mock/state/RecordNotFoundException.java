package dev.chat2desk4j.mock.state;

import java.util.Optional;

/**
 * A request names a record the account does not have, such as an unknown {@code client_id}.
 *
 * <p>{@link #field()} is empty when the request names the record by its path (as {@code GET
 * /v1/clients/{id}} does) rather than by a field.
 */
public final class RecordNotFoundException extends MockStateException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final long id;

  /**
   * A missing record.
   *
   * @param field the request field that named it, or null when the path named it
   * @param id the id that matched nothing
   */
  public RecordNotFoundException(String field, long id) {
    super((field == null ? "the record" : field) + " " + id + " does not exist in the account");
    this.field = field;
    this.id = id;
  }

  /** The request field that named the record; empty when the request's path named it. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** The id that matched nothing. */
  public long id() {
    return id;
  }
}
