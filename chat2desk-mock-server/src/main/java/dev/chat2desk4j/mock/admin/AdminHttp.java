package dev.chat2desk4j.mock.admin;

import dev.chat2desk4j.mock.admin.AdminRoutes.AdminRequest;
import dev.chat2desk4j.mock.fault.Faults;
import dev.chat2desk4j.mock.http.AccountRateLimit;
import dev.chat2desk4j.mock.http.Params;
import dev.chat2desk4j.mock.http.Replies;
import dev.chat2desk4j.mock.http.RequestBodies;
import dev.chat2desk4j.mock.http.WireError;
import dev.chat2desk4j.mock.http.WireErrors;
import dev.chat2desk4j.mock.http.WireException;
import dev.chat2desk4j.mock.journal.Journal;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.state.MockStateException;
import dev.chat2desk4j.mock.webhook.WebhookDeliveries;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin API under {@value #PREFIX} (documented in the module's README), registered one Javalin
 * route per admin route. Every admin request, matched or not, reads its body, passes {@link
 * AdminGuard}, and answers in the API's envelopes: a bad admin request answers 400 with the reason.
 * Never journalled or faulted. Not API: public for the server that wires it.
 */
public final class AdminHttp {

  /** Where the admin API lives. */
  public static final String PREFIX = "/__admin";

  private static final Logger LOG = LoggerFactory.getLogger(AdminHttp.class);

  private final AdminGuard guard;
  private final AdminRoutes routes;
  private final WebhookAdminRoutes webhookRoutes;

  /**
   * The admin API of a server.
   *
   * @param rateLimit the per-account limit of the API and its request counts
   * @param adminToken the token every admin request must carry, or null for none
   * @param resetAll brings every account back to its seeds and clears the journal and faults
   * @param deliveries the server's webhook deliveries
   */
  public AdminHttp(
      MockState state,
      Journal journal,
      Faults faults,
      AccountRateLimit rateLimit,
      String adminToken,
      Runnable resetAll,
      WebhookDeliveries deliveries) {
    this.guard = new AdminGuard(adminToken);
    this.routes =
        new AdminRoutes(
            Objects.requireNonNull(state, "state"),
            Objects.requireNonNull(journal, "journal"),
            Objects.requireNonNull(faults, "faults"),
            Objects.requireNonNull(rateLimit, "rateLimit"),
            Objects.requireNonNull(resetAll, "resetAll"));
    this.webhookRoutes =
        new WebhookAdminRoutes(state, Objects.requireNonNull(deliveries, "deliveries"));
  }

  /** Whether every admin request must carry the admin token. */
  public boolean requiresToken() {
    return guard.requiresToken();
  }

  /** Whether a path belongs to the admin API rather than the fake's API. */
  public static boolean owns(String path) {
    String lower = path.toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
    return lower.equals(PREFIX) || lower.startsWith(PREFIX + "/");
  }

  /** Registers every admin route. */
  public void register(JavalinConfig config) {
    route(config, "GET", "/health", routes::health);
    route(config, "POST", "/accounts", routes::addAccount);
    route(config, "POST", "/reset", routes::reset);
    route(config, "POST", "/seed", routes::seed);
    route(config, "GET", "/journal", routes::journal);
    route(config, "DELETE", "/journal", routes::clearJournal);
    route(config, "GET", "/faults", routes::faults);
    route(config, "POST", "/faults", routes::addFault);
    route(config, "DELETE", "/faults", routes::clearFaults);
    route(config, "DELETE", "/faults/{id}", routes::deleteFault);
    route(config, "POST", "/messages/incoming", routes::incoming);
    route(config, "GET", "/quota", routes::quota);
    route(config, "POST", "/quota", routes::setQuota);
    route(config, "GET", "/rate-limit", routes::rateLimit);
    route(config, "PUT", "/rate-limit", routes::setRateLimit);
    route(config, "POST", "/rate-limit", routes::setRateLimit);
    route(config, "GET", "/request-counts", routes::requestCounts);
    route(config, "POST", "/messages/{id}/status", webhookRoutes::deliveryStatus);
    route(config, "GET", "/webhooks/deliveries", webhookRoutes::deliveries);
    route(config, "DELETE", "/webhooks/deliveries", webhookRoutes::clearDeliveries);
    route(config, "POST", "/webhooks/{id}/secret", webhookRoutes::secret);
  }

  /** Answers an admin request that no admin route matched: 404, after the guard. */
  public void notFound(Context ctx) {
    handle(
        ctx,
        request -> {
          throw WireErrors.pageNotFound().exception();
        });
  }

  private void route(
      JavalinConfig config, String method, String path, Function<AdminRequest, byte[]> route) {
    config.routes.addHttpHandler(
        HandlerType.findOrCreate(method), PREFIX + path, ctx -> handle(ctx, route));
    if (method.equals("GET")) {
      // Javalin would answer a HEAD of a GET route 200 itself; the admin API has no HEAD.
      config.routes.addHttpHandler(HandlerType.HEAD, PREFIX + path, this::notFound);
    }
  }

  private void handle(Context ctx, Function<AdminRequest, byte[]> route) {
    String method = ctx.req().getMethod().toUpperCase(Locale.ROOT);
    try {
      // Read before any refusal: a refusal that left the body unread would close a keep-alive
      // connection under the client's next request.
      byte[] body = RequestBodies.read(ctx.req(), ctx.res());
      WireError refusal = guard.refusal(method, ctx.contentType(), ctx.header(AdminGuard.HEADER));
      if (refusal != null) {
        throw refusal.exception();
      }
      String query = Objects.requireNonNullElse(ctx.queryString(), "");
      Params params = Params.parse(method, query, ctx.contentType(), body);
      params.requireWellFormed();
      String id = ctx.pathParamMap().get("id");
      byte[] answer =
          route.apply(new AdminRequest(params, new String(body, StandardCharsets.UTF_8), id));
      Replies.write(ctx, 200, answer, null);
    } catch (WireException e) {
      Replies.write(ctx, e.error());
    } catch (MockStateException e) {
      Replies.write(ctx, WireErrors.of(e));
    } catch (IllegalArgumentException | IllegalStateException e) {
      Replies.write(ctx, new WireError(400, e.getMessage(), Map.of()));
    } catch (RuntimeException e) {
      // A bug of the fake: still answered in the envelope, so that no client chokes on the answer.
      LOG.warn("{} {} failed inside the fake", method, ctx.path(), e);
      Replies.write(ctx, WireErrors.forStatus(500));
    }
  }
}
