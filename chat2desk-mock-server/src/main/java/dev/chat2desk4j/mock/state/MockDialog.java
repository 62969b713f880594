package dev.chat2desk4j.mock.state;

import java.time.Instant;
import java.util.Locale;

/**
 * A client's dialog with the account: the thread that messages join and that is assigned to an
 * operator. Each client has at most one; a message to a closed dialog reopens it as a new request.
 *
 * @param id the dialog's id
 * @param clientId the client
 * @param operatorId the operator the dialog is assigned to, or null
 * @param state whether the dialog is open
 * @param requestId the current request (conversation) in the dialog
 * @param createdAt when the dialog was opened first
 */
public record MockDialog(
    long id, long clientId, Long operatorId, State state, long requestId, Instant createdAt) {

  /** Whether a dialog is open or closed. */
  public enum State {
    /** The dialog takes messages and shows in the operators' queue. */
    OPEN,
    /** The dialog was closed; a new message reopens it. */
    CLOSED;

    /** The value of the API's {@code state} field. */
    public String wireValue() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the API's {@code state} field, ignoring case.
     *
     * @param value the field's value, or null
     * @return the state, or null when the value names none
     */
    public static State fromWire(String value) {
      for (State state : values()) {
        if (state.wireValue().equalsIgnoreCase(value)) {
          return state;
        }
      }
      return null;
    }
  }

  MockDialog withOperatorId(Long operatorId) {
    return new MockDialog(id, clientId, operatorId, state, requestId, createdAt);
  }

  MockDialog withState(State state, long requestId) {
    return new MockDialog(id, clientId, operatorId, state, requestId, createdAt);
  }
}
