package dev.chat2desk4j.mock.state;

/** A request would create a record whose unique field another record of the account has. */
public final class DuplicateRecordException extends MockStateException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final long existingId;

  /**
   * A duplicate.
   *
   * @param field the unique field, such as {@code phone}
   * @param existingId the id of the record that has it
   */
  public DuplicateRecordException(String field, long existingId) {
    super("A record with this " + field + " exists: " + existingId);
    this.field = field;
    this.existingId = existingId;
  }

  /** The unique field, such as {@code phone}. */
  public String field() {
    return field;
  }

  /** The id of the record that already has the value. */
  public long existingId() {
    return existingId;
  }
}
