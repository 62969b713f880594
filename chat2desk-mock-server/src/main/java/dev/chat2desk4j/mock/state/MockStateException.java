package dev.chat2desk4j.mock.state;

/**
 * A request the fake's state refuses, in the domain's words: a record that does not exist, fields
 * that break the rules, a record that exists already, or a record that already has the asked state.
 * It carries no HTTP status: the HTTP fake and the in-memory fake turn it into the API's status and
 * error envelope in one place.
 */
public abstract sealed class MockStateException extends RuntimeException
    permits RecordNotFoundException,
        InvalidFieldsException,
        DuplicateRecordException,
        StateConflictException {

  private static final long serialVersionUID = 1L;

  MockStateException(String message) {
    super(message);
  }
}
