package dev.chat2desk4j.mock.fault;

import dev.chat2desk4j.api.Operation;
import java.time.Duration;
import java.util.Objects;

/**
 * A fault rule being described: call exactly one action ({@link #respond(int)}, {@link
 * #delay(Duration)}, {@link #dropConnection()}, {@link #storeThenDrop()} or {@link
 * #acceptThenDelay(Duration)}), then exactly one terminal ({@link #times(int)}, {@link #once()},
 * {@link #always()} or {@link #withProbability(double)}), which registers the rule. Values outside
 * the documented ranges throw {@link IllegalArgumentException} naming the parameter (and the rule
 * is dropped). A rule left without its terminal is reported by {@link Faults}: see there. Not
 * thread-safe; use it from one thread.
 */
public final class FaultRuleBuilder {

  /** The longest {@link #delay(Duration)} or {@link #acceptThenDelay(Duration)}: 10 minutes. */
  public static final Duration MAX_DELAY = Duration.ofMinutes(10);

  /** The longest {@link #retryAfter(Duration)}: one day. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

  /** The most requests {@link #times(int)} takes: one million. */
  public static final int MAX_TIMES = 1_000_000;

  private final Faults faults;
  final Operation operation;
  final String method;
  final String pathPattern;
  private Fault fault;
  private Respond respond;
  int times = -1;
  double probability = 1.0;
  private boolean registered;
  private String actionText;

  FaultRuleBuilder(Faults faults, Operation operation, String method, String pathPattern) {
    this.faults = faults;
    this.operation = operation;
    this.method = Objects.requireNonNull(method, "method");
    this.pathPattern = Objects.requireNonNull(pathPattern, "pathPattern");
    if (method.isBlank()) {
      throw new IllegalArgumentException("method must not be blank");
    }
    if (!pathPattern.startsWith("/") && !pathPattern.startsWith("*")) {
      throw new IllegalArgumentException(
          "pathPattern must start with / or * but was '" + pathPattern + "'");
    }
  }

  /**
   * Answers with this status and the API's error envelope for it (such as {@code Number of API
   * requests exceeded} for 429), without touching the state.
   */
  public FaultRuleBuilder respond(int status) {
    if (status < 100 || status > 599) {
      throw abandon(
          new IllegalArgumentException("status must be an HTTP status but was " + status));
    }
    respond = new Respond(status, null, null);
    return action(respond, "respond(" + status + ")");
  }

  /**
   * Sends a {@code Retry-After} header in whole seconds, rounded up, with {@link #respond(int)}.
   *
   * @param retryAfter 0 to {@link #MAX_RETRY_AFTER}
   */
  public FaultRuleBuilder retryAfter(Duration retryAfter) {
    requireRespond("retryAfter");
    within("retryAfter", retryAfter, MAX_RETRY_AFTER);
    respond = new Respond(respond.status(), retryAfter, respond.body());
    fault = respond;
    return this;
  }

  /** Sends exactly this body instead of the error envelope with {@link #respond(int)}. */
  public FaultRuleBuilder body(String body) {
    requireRespond("body");
    respond =
        new Respond(respond.status(), respond.retryAfter(), Objects.requireNonNull(body, "body"));
    fault = respond;
    return this;
  }

  /**
   * Waits this long, then handles the request normally.
   *
   * @param delay 0 to {@link #MAX_DELAY}
   */
  public FaultRuleBuilder delay(Duration delay) {
    return action(new Delay(within("delay", delay, MAX_DELAY)), "delay(" + delay + ")");
  }

  /** Closes the TCP connection without any HTTP answer and without touching the state. */
  public FaultRuleBuilder dropConnection() {
    return action(new DropBeforeReading(), "dropConnection()");
  }

  /**
   * Handles the request normally (a message is stored), then closes the TCP connection without any
   * HTTP answer: the caller cannot tell whether the API acted.
   */
  public FaultRuleBuilder storeThenDrop() {
    return action(new StoreThenDrop(), "storeThenDrop()");
  }

  /**
   * Handles the request normally (a message is stored), then waits this long before writing the
   * answer: the caller's read timeout fires although the server acted.
   *
   * @param delay 0 to {@link #MAX_DELAY}
   */
  public FaultRuleBuilder acceptThenDelay(Duration delay) {
    return action(
        new AcceptThenStall(within("delay", delay, MAX_DELAY)), "acceptThenDelay(" + delay + ")");
  }

  /**
   * Registers the rule for the next {@code count} matching requests.
   *
   * @param count 1 to {@link #MAX_TIMES}
   */
  public FaultRule times(int count) {
    if (count < 1 || count > MAX_TIMES) {
      throw abandon(
          new IllegalArgumentException(
              "count must be within 1 and " + MAX_TIMES + " but was " + count));
    }
    this.times = count;
    return register();
  }

  /** Registers the rule for the next matching request. */
  public FaultRule once() {
    return times(1);
  }

  /** Registers the rule for every matching request until it is removed. */
  public FaultRule always() {
    return register();
  }

  /** Registers the rule for each matching request with this chance, 0 to 1, until removed. */
  public FaultRule withProbability(double probability) {
    if (!(probability >= 0 && probability <= 1)) {
      throw abandon(
          new IllegalArgumentException(
              "probability must be within 0 and 1 but was " + probability));
    }
    this.probability = probability;
    return register();
  }

  Fault fault() {
    return fault;
  }

  private FaultRule register() {
    if (fault == null) {
      throw abandon(new IllegalStateException("Choose an action before registering the rule"));
    }
    if (registered) {
      throw abandon(new IllegalStateException("This rule is already registered"));
    }
    registered = true;
    return faults.add(this);
  }

  /** The rule as code, such as {@code on(SEND_MESSAGE).respond(503)}, for error messages. */
  String describe() {
    String on =
        operation != null
            ? "on(" + operation.name() + ")"
            : "on(\"" + method + "\", \"" + pathPattern + "\")";
    return on + (actionText == null ? " (no action yet)" : "." + actionText);
  }

  private <E extends RuntimeException> E abandon(E problem) {
    faults.forget(this);
    return problem;
  }

  private FaultRuleBuilder action(Fault fault, String text) {
    if (this.fault != null) {
      throw abandon(
          new IllegalStateException(
              "A rule takes exactly one action; it already has "
                  + this.fault.describe().get("action")));
    }
    this.fault = fault;
    this.actionText = text;
    return this;
  }

  private void requireRespond(String what) {
    if (respond == null || fault != respond) {
      throw abandon(new IllegalStateException(what + " only applies after respond(status)"));
    }
  }

  private Duration within(String name, Duration value, Duration max) {
    if (value == null) {
      throw abandon(new NullPointerException(name));
    }
    if (value.isNegative() || value.compareTo(max) > 0) {
      throw abandon(
          new IllegalArgumentException(
              name + " must be within 0 and " + max + " but was " + value));
    }
    return value;
  }
}
