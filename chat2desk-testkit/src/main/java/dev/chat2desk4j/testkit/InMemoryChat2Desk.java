package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.mock.fault.Fault;
import dev.chat2desk4j.mock.fault.Faults;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.webhooks.Chat2DeskEvent;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A {@link Chat2Desk} that calls the fake's {@link MockState} directly, without HTTP: the same
 * state engine and the same route table as {@code Chat2DeskMockServer}, so it answers and fails
 * exactly as the fake server does, only faster. Errors carry the method and path the HTTP client
 * would have used (the path with its id, without the query).
 *
 * <pre>{@code
 * InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create("token");
 * long anna = chat2desk.mockAccount().createClient("Anna", "79001234567").id();
 * chat2desk.sendMessage(anna, "Hello");
 * }</pre>
 *
 * <p>It takes the fake server's fault rules too ({@link #faults()}): a rule's status answers with
 * the exception an HTTP client would throw, a dropped connection (before or after the request was
 * stored) with a {@link dev.chat2desk4j.api.TransportException} that may have been delivered, and a
 * delay or stall waits, or fails the same way when it outlasts the {@linkplain
 * Builder#callTimeout(Duration) call timeout}.
 *
 * <p>Thread-safe. {@link #withToken(String)} views share the state, the fault rules and the
 * timeout; a token without an account fails every call with {@link
 * dev.chat2desk4j.api.AuthenticationException}, as the server does.
 */
public final class InMemoryChat2Desk implements Chat2Desk {

  /** How long a call may wait on a fault by default: 60 seconds, as Feign's read timeout. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  private final MockState state;
  private final String token;
  private final Faults faults;
  private final Duration callTimeout;
  private final AtomicBoolean closed;
  private final boolean owner;
  private final EventRelay events;

  private InMemoryChat2Desk(
      MockState state,
      String token,
      Faults faults,
      Duration callTimeout,
      AtomicBoolean closed,
      boolean owner) {
    this.state = state;
    this.token = token;
    this.faults = faults;
    this.callTimeout = callTimeout;
    this.closed = closed;
    this.owner = owner;
    this.events = new EventRelay(state, token);
  }

  /**
   * A client acting as one account of an existing state, such as the state of a running {@code
   * Chat2DeskMockServer}, which then sees the same data; with its own, empty fault rules.
   *
   * @param state the state to read and change
   * @param token the account's token; it need not be registered, but calls fail until it is
   */
  public static InMemoryChat2Desk of(MockState state, String token) {
    return builder().state(state).token(token).build();
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

  /** A builder; {@link Builder#token(String)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The state this client reads and changes, shared with its views. */
  public MockState state() {
    return state;
  }

  /** The fault rules every call of this client and its views goes through. */
  public Faults faults() {
    return faults;
  }

  /**
   * This client's account in the fake's state, to arrange a test (create clients, receive messages,
   * transfer dialogs). Named apart from {@link #account()}, the API's view of the account ({@code
   * GET /v1/companies/api_info}).
   *
   * @throws IllegalArgumentException when no account is registered for this client's token
   */
  public MockAccount mockAccount() {
    return state.account(token);
  }

  /**
   * Registers a callback for every event of this client's account, the records a webhook receiver
   * parses ({@code Inbox}, {@code Outbox}, ...), built by the same code as the fake server's
   * deliveries, without HTTP. Events are delivered after the call (or {@link #customer(long)}'s
   * {@code writes}) that caused them returns its result to the state, on the caller's thread and in
   * order; a callback that calls this client again gets the events of that call after it returns.
   * An exception of a callback reaches the caller of the call that delivered it.
   */
  public InMemoryChat2Desk onEvent(Consumer<Chat2DeskEvent> callback) {
    events.add(Objects.requireNonNull(callback, "callback"));
    return this;
  }

  /**
   * A customer of this client's account writing in, as {@code POST /v1/messages/inbox} brings a
   * message in: {@code customer(clientId).writes("Hi")} stores it and fires the {@code inbox}
   * event, delivered to the {@link #onEvent(Consumer)} callbacks before {@code writes} returns.
   */
  public SimulatedCustomer customer(long clientId) {
    return new SimulatedCustomer(mockAccount().customer(clientId), events::deliver);
  }

  @Override
  public <R> R execute(Chat2DeskRequest<R> request) {
    try {
      return executeOnly(request);
    } finally {
      events.deliver();
    }
  }

  private <R> R executeOnly(Chat2DeskRequest<R> request) {
    Objects.requireNonNull(request, "request");
    if (closed.get()) {
      throw new IllegalStateException("This InMemoryChat2Desk is closed");
    }
    faults.checkNoUnfinishedRule();
    InMemoryCall<R> call = new InMemoryCall<>(state, token, request, callTimeout);
    Fault fault = faults.fire(request.operation(), call.line().method(), call.line().path());
    if (fault == null) {
      call.handle();
      call.answer();
    } else {
      fault.apply(call);
    }
    return call.result();
  }

  /** A view acting as another account of the same state; closing it closes nothing. */
  @Override
  public InMemoryChat2Desk withToken(String token) {
    return new InMemoryChat2Desk(state, checkToken(token), faults, callTimeout, closed, false);
  }

  /**
   * Marks this client and its views closed, as an HTTP client would be; the state stays usable.
   * Closing a view does nothing, as with the HTTP client.
   */
  @Override
  public void close() {
    events.close();
    if (owner) {
      closed.set(true);
    }
  }

  @Override
  public String toString() {
    return "InMemoryChat2Desk[" + state + "]";
  }

  private static String checkToken(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    return token;
  }

  /** Configures an {@link InMemoryChat2Desk}; {@link #build()} returns a new client every call. */
  public static final class Builder {
    private MockState state;
    private String token;
    private Faults faults;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;

    private Builder() {}

    /** The state to act on; default a new, empty one (with an account for the token). */
    public Builder state(MockState state) {
      this.state = Objects.requireNonNull(state, "state");
      return this;
    }

    /** The token of the account the client acts as; required, not blank. */
    public Builder token(String token) {
      this.token = checkToken(token);
      return this;
    }

    /**
     * The fault rules to apply, such as ones shared with another client; default new, empty rules.
     */
    public Builder faults(Faults faults) {
      this.faults = Objects.requireNonNull(faults, "faults");
      return this;
    }

    /**
     * How long a call may wait on a delay or stall fault before it fails with a {@link
     * dev.chat2desk4j.api.TransportException}; default {@link #DEFAULT_CALL_TIMEOUT}.
     */
    public Builder callTimeout(Duration callTimeout) {
      Objects.requireNonNull(callTimeout, "callTimeout");
      if (callTimeout.isNegative() || callTimeout.isZero()) {
        throw new IllegalArgumentException("callTimeout must be positive but was " + callTimeout);
      }
      this.callTimeout = callTimeout;
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException when no token was given
     */
    public InMemoryChat2Desk build() {
      if (token == null) {
        throw new IllegalStateException("Give the account's token with token(...)");
      }
      MockState target = state;
      if (target == null) {
        target = MockState.create();
        target.addAccount(token);
      }
      return new InMemoryChat2Desk(
          target,
          token,
          faults != null ? faults : Faults.create(),
          callTimeout,
          new AtomicBoolean(),
          true);
    }
  }
}
