package dev.chat2desk4j.mock;

import dev.chat2desk4j.api.Operation;
import java.util.Objects;

/**
 * Checks on what a {@link Chat2DeskMockServer} received, read from its request journal when a check
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
   * The messages the server accepted ({@code POST /v1/messages} answered with success); narrow them
   * with {@code to(..)}, {@code withText(..)} and friends, then check a count.
   */
  public MessageSentVerification messageSent() {
    return new MessageSentVerification(journal::recorded);
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

  /**
   * The requests of one operation, whatever their answer: {@code SEND_MESSAGE} is {@code POST
   * /v1/messages}, {@code LIST_MESSAGES} {@code GET /v1/messages}, {@code LIST_CLIENTS} {@code GET
   * /v1/clients}, {@code LIST_TRANSFERS} {@code GET /v1/transfers}.
   */
  public RequestVerification requests(Operation operation) {
    Objects.requireNonNull(operation, "operation");
    String method = operation == Operation.SEND_MESSAGE ? "POST" : "GET";
    String path =
        switch (operation) {
          case SEND_MESSAGE, LIST_MESSAGES -> "/v1/messages";
          case LIST_CLIENTS -> "/v1/clients";
          case LIST_TRANSFERS -> "/v1/transfers";
          case GET_CLIENT -> "/v1/clients/{id}";
        };
    String regex = path.replace("{id}", "[0-9]+");
    return new RequestVerification(
        journal::entries,
        operation.methodName() + " requests (" + method + " " + path + ")",
        entry -> entry.method().equals(method) && entry.path().matches(regex));
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
