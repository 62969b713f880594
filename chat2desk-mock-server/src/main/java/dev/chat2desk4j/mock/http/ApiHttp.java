package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.fault.Fault;
import dev.chat2desk4j.mock.fault.Faults;
import dev.chat2desk4j.mock.journal.Journal;
import dev.chat2desk4j.mock.journal.JournalEntry;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.jetty.http.UriCompliance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake's API over HTTP: one Javalin route per row of {@link ApiRouteTable}, and one pipeline
 * every API request runs through, matched or not: read the body, parse the parameters once, find
 * the account, let the first fault rule that fires act on the call (or handle it, the per-account
 * {@link AccountRateLimit} first), journal it. Not API: public for the server that wires it.
 */
public final class ApiHttp {

  private static final Logger LOG = LoggerFactory.getLogger(ApiHttp.class);
  private static final byte[] NO_BODY = new byte[0];

  private final MockState state;
  private final Faults faults;
  private final Journal journal;
  private final AccountRateLimit limit;
  private final Clock clock;

  /**
   * The API of a state, with these fault rules, this journal and this per-account limit, timed by
   * this clock.
   */
  public ApiHttp(
      MockState state, Faults faults, Journal journal, AccountRateLimit limit, Clock clock) {
    this.state = Objects.requireNonNull(state, "state");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.limit = Objects.requireNonNull(limit, "limit");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The server-wide settings every answer needs: the wire's lenient paths (a trailing or doubled
   * slash, any case) through Javalin's router, and Jetty's own errors in the error envelope.
   */
  public static void configureServer(JavalinConfig config) {
    config.router.ignoreTrailingSlashes = true;
    config.router.treatMultipleSlashesAsSingleSlash = true;
    config.router.caseInsensitiveRoutes = true;
    config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(UriCompliance.LEGACY));
    config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
  }

  /**
   * Registers one route per row of the table. A {@code HEAD} of a {@code GET} route answers as an
   * unknown method does (404 in the envelope): otherwise Javalin would answer it 200 itself.
   */
  public void register(JavalinConfig config) {
    for (ApiRoute<?, ?> route : ApiRouteTable.routes()) {
      config.routes.addHttpHandler(
          HandlerType.findOrCreate(route.method()), route.path(), ctx -> handle(ctx, route));
      if (route.method().equals("GET")) {
        config.routes.addHttpHandler(HandlerType.HEAD, route.path(), this::unrouted);
      }
    }
  }

  /** Answers an API request that no route matched, through the same pipeline: 404, journalled. */
  public void unrouted(Context ctx) {
    handle(ctx, null);
  }

  private void handle(Context ctx, ApiRoute<?, ?> matched) {
    Instant at = clock.instant();
    String method = ctx.req().getMethod().toUpperCase(Locale.ROOT);
    String path = normalize(ctx.path());
    String query = Objects.requireNonNullElse(ctx.queryString(), "");
    byte[] body = NO_BODY;
    WireError refusal = null;
    try {
      body = RequestBodies.read(ctx.req(), ctx.res());
    } catch (WireException e) {
      refusal = e.error();
    }
    ApiRoute<?, ?> route = matched;
    Params params = Params.parse(method, query, ctx.contentType(), body);
    if (route != null && route.hasPathId()) {
      long id = pathId(ctx.pathParam("id"));
      route = id > 0 ? route : null; // an id the API cannot have: no such page
      params.withPathId(id);
    }
    if (route != null && route.hasPathName()) {
      String name = ctx.pathParam("name");
      route = route.knowsPathName(name) ? route : null; // a word the API does not know: no page
      params.withPathName(name);
    }
    String token = token(ctx.header("Authorization"));
    MockAccount account = token.isEmpty() ? null : state.find(token).orElse(null);
    HttpCall call = new HttpCall(ctx, route, account, !token.isEmpty(), params, refusal, limit, at);
    Operation operation = route == null ? null : route.operation();
    Fault fault = faults.fire(operation, method, path);
    if (fault == null) {
      call.handle();
      call.answer();
    } else {
      fault.apply(call);
    }
    String label = account == null ? null : account.label();
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} -> {}", method, path, call.status());
    }
    journal.add(
        JournalEntry.received(
            at,
            new JournalEntry.Received(operation, method, path, query, params.view(), label),
            body,
            call.status()),
        call.result());
    call.finish();
  }

  /** The token of an {@code Authorization} header, raw or after {@code Bearer} (ours). */
  private static String token(String authorization) {
    String token = authorization == null ? "" : authorization.trim();
    if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = token.substring(7).trim();
    }
    return token;
  }

  /** A path's id: 1 to 18 digits and positive, else 0. */
  private static long pathId(String segment) {
    if (segment.isEmpty() || segment.length() > 18) {
      return 0;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return 0;
      }
    }
    return Long.parseLong(segment);
  }

  /** Collapses repeated slashes and drops a trailing one, as the journal and fault rules see it. */
  static String normalize(String rawPath) {
    StringBuilder path = new StringBuilder(rawPath.length() + 1);
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c != '/' || path.length() == 0 || path.charAt(path.length() - 1) != '/') {
        path.append(c);
      }
    }
    if (path.length() == 0 || path.charAt(0) != '/') {
      path.insert(0, '/');
    }
    if (path.length() > 1 && path.charAt(path.length() - 1) == '/') {
      path.setLength(path.length() - 1);
    }
    return path.toString();
  }
}
