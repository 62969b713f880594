package dev.chat2desk4j.mock.journal;

import dev.chat2desk4j.api.Operation;
import java.util.Objects;

/**
 * Checks on what a {@code Chat2DeskMockServer} received, read from its request journal when a check
 * runs (for accepted sends, from the messages the server stored). A failed check throws {@link
 * AssertionError} with the requests actually received.
 *
 * <pre>{@code
 * server.verify().messageSent().to(clientId).withText("hi").once();
 * server.verify().requests(Operation.LIST_CLIENTS).times(2);
 * }</pre>
 *
 * <p>Checks see what the journal keeps: at most its capacity in requests and in bytes, and nothing
 * from before the last {@code reset()} or {@code clearJournal()}. Thread-safe; wrap a check in
 * Awaitility's {@code untilAsserted} when requests arrive asynchronously.
 */
public final class Verification {

  private final Journal journal;

  Verification(Journal journal) {
    this.journal = Objects.requireNonNull(journal, "journal");
  }

  /**
   * The messages the server accepted (sends it stored); narrow them with {@code to(..)}, {@code
   * withText(..)} and friends, then check a count.
   */
  public MessageSentVerification messageSent() {
    return new MessageSentVerification(
        journal::recorded, "message(s) sent (" + journal.routeName(Operation.SEND_MESSAGE) + ")");
  }

  /**
   * Checks that the server accepted no message at all.
   *
   * @throws AssertionError listing every send request received
   */
  public void noMessagesSent() {
    messageSent().never();
  }

  /** Every request received on an API path, whatever its answer. */
  public RequestVerification requests() {
    return new RequestVerification(journal::entries, "requests", entry -> true);
  }

  /** The requests of one operation (those its route matched), whatever their answer. */
  public RequestVerification requests(Operation operation) {
    Objects.requireNonNull(operation, "operation");
    return new RequestVerification(
        journal::entries,
        operation.methodName() + " requests (" + journal.routeName(operation) + ")",
        entry -> entry.operation() == operation);
  }

  /**
   * Checks that no request reached an API path.
   *
   * @throws AssertionError listing the requests received
   */
  public void noRequests() {
    requests().never();
  }
}
