package dev.chat2desk4j.mock;

import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.mock.state.MockApiException;
import dev.chat2desk4j.mock.state.WireErrors;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Javalin handler behind every path: normalizes the path, sends {@code /__admin} to the
 * admin routes, and runs an API request through the fault rules, the routes and the journal.
 */
final class HttpFront implements Handler {

  private static final Logger LOG = LoggerFactory.getLogger(HttpFront.class);
  private static final byte[] NO_BODY = new byte[0];
  static final String CONTENT_TYPE = "application/json;charset=utf-8";

  /** Javalin's own threshold: smaller answers are never compressed. */
  private static final int COMPRESSIBLE_BYTES = 1500;

  private final ApiRoutes api;
  private final AdminRoutes admin;
  private final AdminGuard adminGuard;
  private final Faults faults;
  private final Journal journal;
  private final Clock clock;

  HttpFront(
      ApiRoutes api,
      AdminRoutes admin,
      AdminGuard adminGuard,
      Faults faults,
      Journal journal,
      Clock clock) {
    this.api = api;
    this.admin = admin;
    this.adminGuard = adminGuard;
    this.faults = faults;
    this.journal = journal;
    this.clock = clock;
  }

  @Override
  public void handle(Context ctx) {
    Instant at = clock.instant();
    String path = ApiRequest.normalizePath(ctx.req().getRequestURI());
    String method = ctx.req().getMethod().toUpperCase(Locale.ROOT);
    String query = Objects.requireNonNullElse(ctx.req().getQueryString(), "");
    byte[] body = NO_BODY;
    Reply reply = null;
    try {
      body = RequestBodies.read(ctx.req(), ctx.res());
    } catch (MockApiException e) {
      reply = Reply.json(e.status(), Json.error(e));
    }
    ApiRequest request =
        new ApiRequest(method, path, query, ctx.contentType(), body, ctx.header("Authorization"));
    if (isAdmin(path)) {
      // Refused after the body is read: a refusal that left it unread would close a keep-alive
      // connection under the client's next request.
      Reply refusal = adminGuard.refusal(method, ctx.contentType(), ctx.header(AdminGuard.HEADER));
      write(ctx, refusal != null ? refusal : reply != null ? reply : admin.handle(request));
      return;
    }
    FaultAction fault = faults.fire(method, path);
    if (fault == null && reply == null) {
      write(ctx, answerUnfaulted(at, request));
      return;
    }
    if (fault != null && fault.kind() == FaultAction.Kind.DROP_CONNECTION) {
      record(at, request, 0, null);
      drop(ctx);
      return;
    }
    if (fault != null && fault.kind() == FaultAction.Kind.DELAY) {
      pause(fault.delay());
    }
    if (reply == null) {
      reply =
          fault != null && fault.kind() == FaultAction.Kind.RESPOND
              ? faulted(fault)
              : call(request);
    }
    if (fault != null && fault.kind() == FaultAction.Kind.ACCEPT_THEN_DELAY) {
      pause(fault.delay());
    }
    record(at, request, reply.status(), reply.stored());
    write(ctx, reply);
  }

  /**
   * Answers an API request that no fault rule touches and journals it as received at {@code at}:
   * all of {@link #handle(Context)} for such a request but writing the answer. The direct path for
   * plain reads calls it too, so both journal and answer alike.
   */
  Reply answerUnfaulted(Instant at, ApiRequest request) {
    Reply reply = call(request);
    record(at, request, reply.status(), reply.stored());
    return reply;
  }

  /** The instant a request arrives, by the server's clock. */
  Instant now() {
    return clock.instant();
  }

  static boolean isAdmin(String path) {
    return path.equals("/__admin") || path.startsWith("/__admin/");
  }

  private Reply call(ApiRequest request) {
    try {
      return api.handle(request);
    } catch (MockApiException e) {
      return Reply.json(e.status(), Json.error(e));
    } catch (RuntimeException e) {
      LOG.warn("{} failed inside the fake", request, e);
      return Reply.json(500, Json.error(WireErrors.messageFor(500), Map.of()));
    }
  }

  private static Reply faulted(FaultAction fault) {
    String body =
        fault.body() != null
            ? fault.body()
            : Json.error(WireErrors.messageFor(fault.status()), Map.of());
    Long retryAfter = fault.retryAfter() == null ? null : seconds(fault.retryAfter());
    return new Reply(fault.status(), body.getBytes(StandardCharsets.UTF_8), retryAfter);
  }

  private static long seconds(Duration duration) {
    // Retry-After carries whole seconds; round up so a caller never retries early.
    return (duration.toMillis() + 999) / 1000;
  }

  /**
   * Journals a request with its status (0 for a dropped connection) and the message it stored, or
   * null.
   */
  private void record(Instant at, ApiRequest request, int status, Message stored) {
    LOG.debug("{} {} -> {}", request.method(), request.path(), status);
    journal.add(
        JournalEntry.received(
            at, request.method(), request.path(), request.query(), request.body(), status),
        stored);
  }

  private static void write(Context ctx, Reply reply) {
    ctx.status(reply.status());
    ctx.contentType(CONTENT_TYPE);
    if (reply.retryAfterSeconds() != null) {
      ctx.header("Retry-After", String.valueOf(reply.retryAfterSeconds()));
    }
    byte[] body = reply.body();
    if (body.length >= COMPRESSIBLE_BYTES && acceptsCompression(ctx)) {
      ctx.result(body); // Javalin's pipeline compresses what the client accepts
      return;
    }
    // Everything else goes straight out with its length: Javalin would copy it through a stream.
    HttpServletResponse response = ctx.res();
    response.setContentLength(body.length);
    try {
      response.getOutputStream().write(body);
    } catch (IOException e) {
      LOG.debug("The client left before its answer was written", e);
    }
  }

  private static boolean acceptsCompression(Context ctx) {
    String accepted = ctx.req().getHeader("Accept-Encoding");
    return accepted != null && !accepted.isBlank();
  }

  private static void drop(Context ctx) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    request.getConnectionMetaData().getConnection().getEndPoint().close();
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
