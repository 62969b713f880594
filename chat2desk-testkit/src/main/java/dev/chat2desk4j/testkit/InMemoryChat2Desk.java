package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.GetClient;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.RequestLine;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockApiException;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.state.WireErrors;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A {@link Chat2Desk} that calls the fake's {@link MockState} directly, without HTTP: the same
 * state engine as {@code Chat2DeskMockServer}, so it answers and fails exactly as the fake server
 * does, only faster. Errors carry the method and path the HTTP client would have used.
 *
 * <pre>{@code
 * InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create("token");
 * long anna = chat2desk.account().createClient("Anna", "79001234567").id();
 * chat2desk.sendMessage(anna, "Hello");
 * }</pre>
 *
 * <p>Thread-safe. {@link #withToken(String)} views share the state; a token without an account
 * fails every call with {@link dev.chat2desk4j.api.AuthenticationException}, as the server does.
 */
public final class InMemoryChat2Desk implements Chat2Desk {

  private final MockState state;
  private final String token;
  private final AtomicBoolean closed;
  private final boolean owner;

  private InMemoryChat2Desk(MockState state, String token, AtomicBoolean closed, boolean owner) {
    this.state = state;
    this.token = token;
    this.closed = closed;
    this.owner = owner;
  }

  /**
   * A client acting as one account of an existing state, such as the state of a running {@code
   * Chat2DeskMockServer}, which then sees the same data.
   *
   * @param state the state to read and change
   * @param token the account's token; it need not be registered, but calls fail until it is
   */
  public static InMemoryChat2Desk of(MockState state, String token) {
    Objects.requireNonNull(state, "state");
    return new InMemoryChat2Desk(state, checkToken(token), new AtomicBoolean(), true);
  }

  /**
   * A client on a new, empty state with one empty account for {@code token}.
   *
   * @param token the account's token; not blank
   */
  public static InMemoryChat2Desk create(String token) {
    MockState state = MockState.create();
    state.addAccount(checkToken(token));
    return of(state, token);
  }

  /** The state this client reads and changes, shared with its views. */
  public MockState state() {
    return state;
  }

  /**
   * This client's account, to arrange a test (create clients, receive messages, transfer dialogs).
   *
   * @throws IllegalArgumentException when no account is registered for this client's token
   */
  public MockAccount account() {
    return state.account(token);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> R execute(Chat2DeskRequest<R> request) {
    Objects.requireNonNull(request, "request");
    return switch (request.operation()) {
      case SEND_MESSAGE -> {
        SendMessage send = (SendMessage) request;
        yield (R) call(WirePaths.send(), account -> account.sendMessage(send));
      }
      case LIST_MESSAGES -> {
        ListMessages list = (ListMessages) request;
        yield (R) call(WirePaths.of(list), account -> account.listMessages(list));
      }
      case LIST_CLIENTS -> {
        ListClients list = (ListClients) request;
        yield (R) call(WirePaths.of(list), account -> account.listClients(list));
      }
      case GET_CLIENT -> {
        GetClient get = (GetClient) request;
        yield (R)
            call(
                WirePaths.of(get),
                account -> account.client(get.id()).orElseThrow(WireErrors::pageNotFound));
      }
      case LIST_TRANSFERS -> {
        ListTransfers list = (ListTransfers) request;
        yield (R) call(WirePaths.of(list), account -> account.listTransfers(list));
      }
    };
  }

  /** A view acting as another account of the same state; closing it closes nothing. */
  @Override
  public InMemoryChat2Desk withToken(String token) {
    return new InMemoryChat2Desk(state, checkToken(token), closed, false);
  }

  /**
   * Marks this client and its views closed, as an HTTP client would be; the state stays usable.
   * Closing a view does nothing, as with the HTTP client.
   */
  @Override
  public void close() {
    if (owner) {
      closed.set(true);
    }
  }

  @Override
  public String toString() {
    return "InMemoryChat2Desk[" + state + "]";
  }

  private <T> T call(RequestLine line, Function<MockAccount, T> operation) {
    if (closed.get()) {
      throw new IllegalStateException("This InMemoryChat2Desk is closed");
    }
    try {
      MockAccount account = state.find(token).orElseThrow(WireErrors::unknownToken);
      return operation.apply(account);
    } catch (MockApiException e) {
      throw toApiException(line, e);
    }
  }

  static Chat2DeskException toApiException(RequestLine line, MockApiException e) {
    // The same status, message, field errors and body as the HTTP fake's answer.
    return Chat2DeskException.fromResponse(line, e.toErrorResponse());
  }

  private static String checkToken(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    return token;
  }
}
