package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.ErrorResponse;
import dev.chat2desk4j.api.RequestLine;
import dev.chat2desk4j.api.TransportException;
import dev.chat2desk4j.mock.fault.FaultedCall;
import dev.chat2desk4j.mock.internal.InMemoryApi;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.state.MockStateException;
import java.time.Duration;

/**
 * One call of {@link InMemoryChat2Desk} as a fault acts on it: {@link #handle()} runs the request
 * on the state as the HTTP fake's route does, {@link #answer()} returns its result or throws its
 * error, and a fault that answers, drops or waits too long ends the call with the exception an HTTP
 * client would see. Waits are bounded by the call's timeout.
 */
final class InMemoryCall<R> implements FaultedCall {

  private final MockState state;
  private final String token;
  private final Chat2DeskRequest<R> request;
  private final RequestLine line;
  private final Duration timeout;
  private final long deadlineNanos;
  private R result;
  private Chat2DeskException failure;

  InMemoryCall(MockState state, String token, Chat2DeskRequest<R> request, Duration timeout) {
    this.state = state;
    this.token = token;
    this.request = request;
    this.line = InMemoryApi.requestLine(request);
    this.timeout = timeout;
    this.deadlineNanos = System.nanoTime() + timeout.toNanos();
  }

  RequestLine line() {
    return line;
  }

  @Override
  public void handle() {
    MockAccount account = state.find(token).orElse(null);
    if (account == null) {
      failure = Chat2DeskException.fromResponse(line, InMemoryApi.unknownToken());
      return;
    }
    ErrorResponse quotaSpent = InMemoryApi.admit(account);
    if (quotaSpent != null) {
      failure = Chat2DeskException.fromResponse(line, quotaSpent);
      return;
    }
    try {
      result = InMemoryApi.invoke(account, request);
    } catch (MockStateException refusal) {
      // The same status, message, field errors and body as the HTTP fake's answer.
      failure = Chat2DeskException.fromResponse(line, InMemoryApi.error(refusal));
    }
  }

  @Override
  public void answer() {
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void respond(int status, Duration retryAfter, String body) {
    throw Chat2DeskException.fromResponse(line, InMemoryApi.injected(status, retryAfter, body));
  }

  @Override
  public void drop() {
    // A client cannot tell whether the API read the request before the connection closed.
    throw new TransportException(line, true, "the connection closed without an answer", null);
  }

  @Override
  public void pause(Duration duration) {
    long remaining = deadlineNanos - System.nanoTime();
    if (duration.toNanos() <= remaining) {
      sleep(duration.toNanos());
      return;
    }
    sleep(remaining);
    throw new TransportException(
        line, true, "no answer within the call timeout of " + timeout.toMillis() + " ms", null);
  }

  /** The result of a call that was handled and answered. */
  R result() {
    return result;
  }

  private static void sleep(long nanos) {
    if (nanos <= 0) {
      return;
    }
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
