package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.state.MockAccount;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One row of {@link ApiRouteTable}: an API route with its operation, HTTP method, path template
 * (Javalin syntax, {@code {id}} for the path's id or {@code {name}} for a word from a closed set,
 * such as a help list's) and the three steps that answer it. {@code parse} reads the HTTP
 * parameters into the route's input, {@code invoke} runs that input on an account, {@code render}
 * writes the result as the answer's JSON. The in-memory fake skips the HTTP steps: it turns the API
 * request record it was given into the input and calls {@code invoke}, so both fakes run the same
 * state code.
 *
 * @param <Q> what the route runs on the account, such as {@code SendMessage}
 * @param <R> what it answers, such as {@code SentMessage}
 */
public final class ApiRoute<Q, R> {

  private final Operation operation;
  private final String method;
  private final String path;
  private final Function<Params, Q> parse;
  private final BiFunction<MockAccount, Q, R> invoke;
  private final Function<R, byte[]> render;
  private final Function<Object, Q> fromRequest;
  private final ToLongFunction<Q> pathId;
  private final boolean answersNothing;
  private final PathName<Q> pathName;

  private ApiRoute(
      Operation operation,
      String method,
      String path,
      Function<Params, Q> parse,
      BiFunction<MockAccount, Q, R> invoke,
      Function<R, byte[]> render,
      Function<Object, Q> fromRequest,
      ToLongFunction<Q> pathId,
      boolean answersNothing,
      PathName<Q> pathName) {
    this.operation = operation;
    this.method = method;
    this.path = path;
    this.parse = parse;
    this.invoke = invoke;
    this.render = render;
    this.fromRequest = fromRequest;
    this.pathId = pathId;
    this.answersNothing = answersNothing;
    this.pathName = pathName;
  }

  /** A route of the wire that no operation covers yet. */
  static <Q, R> ApiRoute<Q, R> wireOnly(
      String method,
      String path,
      Function<Params, Q> parse,
      BiFunction<MockAccount, Q, R> invoke,
      Function<R, byte[]> render) {
    return new ApiRoute<>(null, method, path, parse, invoke, render, null, null, false, null);
  }

  /**
   * The route of an operation whose request record is what the state runs.
   *
   * @param pathId the id a request puts into {@code path}, or null when the path has none
   */
  static <Q extends Chat2DeskRequest<R>, R> ApiRoute<Q, R> of(
      Operation operation,
      Class<Q> requestType,
      String method,
      String path,
      Function<Params, Q> parse,
      BiFunction<MockAccount, Q, R> invoke,
      Function<R, byte[]> render,
      ToLongFunction<Q> pathId) {
    return new ApiRoute<>(
        operation, method, path, parse, invoke, render, requestType::cast, pathId, false, null);
  }

  /**
   * The route of an operation whose answer the API's Java side ignores ({@code Void}: mark read,
   * transfer): over HTTP it renders what the state returns, what the call changed, so that a person
   * reading the wire sees the effect (ours: the public sources do not show these answers); the
   * in-memory fake answers null, as {@code execute} does for such an operation.
   */
  static <Q extends Chat2DeskRequest<Void>, T> ApiRoute<Q, T> answeringNothing(
      Operation operation,
      Class<Q> requestType,
      String method,
      String path,
      Function<Params, Q> parse,
      BiFunction<MockAccount, Q, T> invoke,
      Function<T, byte[]> render,
      ToLongFunction<Q> pathId) {
    return new ApiRoute<>(
        operation, method, path, parse, invoke, render, requestType::cast, pathId, true, null);
  }

  /**
   * The route of an operation whose request record the state runs in a wider form, such as the
   * filters the wire adds.
   *
   * @param widen turns the request record into that form
   */
  static <A extends Chat2DeskRequest<R>, Q, R> ApiRoute<Q, R> widened(
      Operation operation,
      Class<A> requestType,
      Function<A, Q> widen,
      String method,
      String path,
      Function<Params, Q> parse,
      BiFunction<MockAccount, Q, R> invoke,
      Function<R, byte[]> render) {
    return new ApiRoute<>(
        operation,
        method,
        path,
        parse,
        invoke,
        render,
        request -> widen.apply(requestType.cast(request)),
        null,
        false,
        null);
  }

  /** The operation this route performs, or null for a route of the wire that has none yet. */
  public Operation operation() {
    return operation;
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** The path template in Javalin's syntax, such as {@code /v1/clients/{id}}. */
  public String path() {
    return path;
  }

  /** Whether the path carries an id. */
  boolean hasPathId() {
    return path.contains("{id}");
  }

  /**
   * The words a path's {@code {name}} may be and the word a request puts there.
   *
   * @param known whether a word names something; any other word makes the path unrouted
   * @param of the word a request puts into the path
   */
  record PathName<Q>(Predicate<String> known, Function<Q, String> of) {}

  /** The route of an operation whose path names a word of a closed set in {@code {name}}. */
  static <Q extends Chat2DeskRequest<R>, R> ApiRoute<Q, R> named(
      Operation operation,
      Class<Q> requestType,
      String method,
      String path,
      PathName<Q> pathName,
      Function<Params, Q> parse,
      BiFunction<MockAccount, Q, R> invoke,
      Function<R, byte[]> render) {
    return new ApiRoute<>(
        operation, method, path, parse, invoke, render, requestType::cast, null, false, pathName);
  }

  /** Whether the path carries a word of a closed set in {@code {name}}. */
  boolean hasPathName() {
    return pathName != null;
  }

  /** Whether a word is one this route's {@code {name}} may be. */
  boolean knowsPathName(String name) {
    return pathName.known().test(name);
  }

  /**
   * Runs an API request record of this route's operation on an account, as the in-memory fake does.
   *
   * @throws ClassCastException when the request is not of this route's operation
   */
  @SuppressWarnings("unchecked")
  public <A> A invoke(MockAccount account, Chat2DeskRequest<A> request) {
    R result = invoke.apply(account, fromRequest.apply(request));
    return answersNothing ? null : (A) result;
  }

  /** The path a request of this route's operation goes to, its id or name filled in, no query. */
  public String pathOf(Chat2DeskRequest<?> request) {
    if (pathName != null) {
      return path.replace("{name}", pathName.of().apply(fromRequest.apply(request)));
    }
    return pathId == null
        ? path
        : path.replace("{id}", Long.toString(pathId.applyAsLong(fromRequest.apply(request))));
  }

  /** Parses, runs and renders one HTTP request; the result comes back for the journal. */
  Answer answer(MockAccount account, Params params) {
    R result = invoke.apply(account, parse.apply(params));
    return new Answer(result, render.apply(result));
  }

  /**
   * What a route answered.
   *
   * @param result what the state returned
   * @param json the answer's body
   */
  record Answer(Object result, byte[] json) {}

  @Override
  public String toString() {
    return method + " " + path;
  }
}
