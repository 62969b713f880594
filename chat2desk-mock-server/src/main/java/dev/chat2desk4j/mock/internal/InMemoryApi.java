package dev.chat2desk4j.mock.internal;

import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.ErrorResponse;
import dev.chat2desk4j.api.RequestLine;
import dev.chat2desk4j.mock.http.ApiRoute;
import dev.chat2desk4j.mock.http.ApiRouteTable;
import dev.chat2desk4j.mock.http.WireErrors;
import dev.chat2desk4j.mock.state.AccountEvent;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockStateException;
import dev.chat2desk4j.mock.webhook.EventPayloads;
import java.time.Duration;

/**
 * What the testkit's in-memory fake takes from the HTTP fake, so that both answer and fail alike:
 * each operation's row of the route table (the state call, the method and path), and the one
 * mapping from a refusal to the API's error answer.
 */
public final class InMemoryApi {

  private InMemoryApi() {}

  /**
   * Runs a request on an account as the HTTP fake's route for its operation does.
   *
   * @throws MockStateException when the state refuses it
   */
  public static <R> R invoke(MockAccount account, Chat2DeskRequest<R> request) {
    return route(request).invoke(account, request);
  }

  /** The method and path a request goes to over HTTP: its id filled in, no query. */
  public static RequestLine requestLine(Chat2DeskRequest<?> request) {
    ApiRoute<?, ?> route = route(request);
    return new RequestLine(request.operation(), route.method(), route.pathOf(request));
  }

  /** The HTTP fake's answer to a refusal of the state, as a transport decodes it. */
  public static ErrorResponse error(MockStateException refusal) {
    return WireErrors.of(refusal).toErrorResponse(null);
  }

  /** The HTTP fake's answer to a token no account has. */
  public static ErrorResponse unknownToken() {
    return WireErrors.unknownToken().toErrorResponse(null);
  }

  /**
   * The quota stage both fakes run once the account is known: counts the call, or answers what the
   * HTTP fake answers once the account's monthly quota is spent.
   *
   * @return the quota error, or null when the call may go on
   */
  public static ErrorResponse admit(MockAccount account) {
    return account.reference().usage().admit()
        ? null
        : WireErrors.quotaExceeded().toErrorResponse(null);
  }

  /**
   * The answer a fault rule injects, as a transport decodes it.
   *
   * @param retryAfter the wait it asks for, or null
   * @param body the exact body, or null for the error envelope of the status
   */
  public static ErrorResponse injected(int status, Duration retryAfter, String body) {
    return WireErrors.injected(status, retryAfter, body);
  }

  /** The body the HTTP fake POSTs to webhooks for an event: the one payload builder. */
  public static byte[] payload(AccountEvent event) {
    return EventPayloads.of(event);
  }

  /**
   * The route of a request's operation.
   *
   * @throws UnsupportedOperationException when the fake does not serve the operation yet
   */
  private static ApiRoute<?, ?> route(Chat2DeskRequest<?> request) {
    ApiRoute<?, ?> route = ApiRouteTable.of(request.operation());
    if (route == null) {
      throw new UnsupportedOperationException(
          "The fake does not serve " + request.operation().methodName() + " yet");
    }
    return route;
  }
}
