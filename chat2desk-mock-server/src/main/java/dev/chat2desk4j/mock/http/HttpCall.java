package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.mock.fault.FaultedCall;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockStateException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One API request as the fault stage acts on it: {@link #handle()} runs the matched route, and the
 * other steps answer, drop or wait. It only records the answer or the drop; {@link ApiHttp}
 * journals the call first and then sends the answer or closes the connection, so that a client that
 * has its answer finds the request in the journal.
 */
final class HttpCall implements FaultedCall {

  private static final Logger LOG = LoggerFactory.getLogger(HttpCall.class);

  private final Context ctx;
  private final ApiRoute<?, ?> route;
  private final MockAccount account;
  private final boolean tokenGiven;
  private final Params params;
  private final WireError refusal;
  private final AccountRateLimit limit;
  private final Instant at;
  private int status;
  private byte[] body;
  private Long retryAfterSeconds;
  private Object result;
  private boolean answered;
  private boolean dropped;

  /**
   * @param route the matched route, or null for a path or method the API does not have
   * @param account the account the token names, or null
   * @param tokenGiven whether the request carried a token at all
   * @param refusal the answer to a body that could not be read, or null
   * @param limit the per-account limit, which counts the call when it is handled
   * @param at when the call arrived, by the server's clock
   */
  HttpCall(
      Context ctx,
      ApiRoute<?, ?> route,
      MockAccount account,
      boolean tokenGiven,
      Params params,
      WireError refusal,
      AccountRateLimit limit,
      Instant at) {
    this.ctx = ctx;
    this.route = route;
    this.account = account;
    this.tokenGiven = tokenGiven;
    this.params = params;
    this.refusal = refusal;
    this.limit = limit;
    this.at = at;
  }

  @Override
  public void handle() {
    try {
      if (refusal != null) {
        throw refusal.exception();
      }
      // An unknown path answers 404 before the token is looked at (ours).
      if (route == null) {
        throw WireErrors.pageNotFound().exception();
      }
      if (account == null) {
        throw (tokenGiven ? WireErrors.unknownToken() : WireErrors.missingToken()).exception();
      }
      if (!limit.admit(account.label(), at)) {
        // The window is one second of the server's clock: the next one starts within a second.
        retryAfterSeconds = 1L;
        throw WireErrors.rateLimited().exception();
      }
      // The quota stage: every call that reaches the account and its limit per second counts, or
      // is refused once the month's calls are spent.
      if (!account.reference().usage().admit()) {
        throw WireErrors.quotaExceeded().exception();
      }
      params.requireWellFormed();
      ApiRoute.Answer answer = route.answer(account, params);
      status = 200;
      body = answer.json();
      result = answer.result();
    } catch (WireException e) {
      fail(e.error());
    } catch (MockStateException e) {
      fail(WireErrors.of(e));
    } catch (RuntimeException e) {
      LOG.warn("{} {} failed inside the fake", ctx.method(), route, e);
      fail(WireErrors.forStatus(500));
    }
  }

  @Override
  public void answer() {
    answered = true;
  }

  @Override
  public void respond(int status, Duration retryAfter, String body) {
    this.status = status;
    this.body =
        body == null ? WireErrors.forStatus(status).bytes() : body.getBytes(StandardCharsets.UTF_8);
    this.retryAfterSeconds = retryAfter == null ? null : WireErrors.retryAfterSeconds(retryAfter);
    this.result = null;
    answered = true;
  }

  @Override
  public void drop() {
    status = 0;
    dropped = true;
  }

  @Override
  public void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The status answered, or 0 when dropped. */
  int status() {
    return status;
  }

  /** What the route returned when it was handled without error, or null. */
  Object result() {
    return status == 200 || dropped ? result : null;
  }

  /** Sends the recorded answer, or closes the connection of a dropped call. */
  void finish() {
    if (dropped) {
      ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
      request.getConnectionMetaData().getConnection().getEndPoint().close();
    } else if (answered) {
      Replies.write(ctx, status, body, retryAfterSeconds);
    }
  }

  private void fail(WireError error) {
    status = error.status();
    body = error.bytes();
    result = null;
  }
}
