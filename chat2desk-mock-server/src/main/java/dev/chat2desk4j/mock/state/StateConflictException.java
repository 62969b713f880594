package dev.chat2desk4j.mock.state;

/**
 * A request asks a record for the state it already has, such as closing a closed dialog. Nothing
 * changes; the API answers with an error whose text says the record already has that state.
 */
public final class StateConflictException extends MockStateException {

  private static final long serialVersionUID = 1L;

  private final String record;
  private final long id;
  private final String state;

  /**
   * A conflict.
   *
   * @param record the kind of record, such as {@code Dialog}
   * @param id the record's id
   * @param state the state it already has, as the wire names it, such as {@code closed}
   */
  public StateConflictException(String record, long id, String state) {
    super(record + " " + id + " already has state " + state);
    this.record = record;
    this.id = id;
    this.state = state;
  }

  /** The kind of record, such as {@code Dialog}. */
  public String record() {
    return record;
  }

  /** The record's id. */
  public long id() {
    return id;
  }

  /** The state the record already has, as the wire names it. */
  public String state() {
    return state;
  }
}
