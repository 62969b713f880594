package dev.chat2desk4j.mock.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat2desk4j.mock.admin.AdminRoutes.AdminRequest;
import dev.chat2desk4j.mock.http.Json;
import dev.chat2desk4j.mock.http.Params;
import dev.chat2desk4j.mock.http.WireErrors;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.webhook.DeliveryAttempt;
import dev.chat2desk4j.mock.webhook.DeliveryCounts;
import dev.chat2desk4j.mock.webhook.WebhookDeliveries;
import java.nio.charset.StandardCharsets;

/**
 * The admin routes of webhooks: the delivery journal with the counts, a delivery status change of
 * an outgoing message (which fires {@code outbox_status}), and a webhook's signing secret (ours).
 */
final class WebhookAdminRoutes {

  private final MockState state;
  private final WebhookDeliveries deliveries;

  WebhookAdminRoutes(MockState state, WebhookDeliveries deliveries) {
    this.state = state;
    this.deliveries = deliveries;
  }

  /**
   * {@code GET /__admin/webhooks/deliveries}: every attempt kept, and the counts in {@code meta}.
   */
  byte[] deliveries(AdminRequest request) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode data = root.putArray("data");
    for (DeliveryAttempt attempt : deliveries.attempts()) {
      ObjectNode node = data.addObject();
      node.put("event_id", attempt.eventId());
      node.put("hook_type", attempt.hookType());
      node.put("hook_id", attempt.hookId());
      node.put("url", attempt.url());
      node.put("account", attempt.account());
      node.put("attempt", attempt.attempt());
      node.put("status", attempt.status());
      node.put("latency_ms", attempt.latency().toNanos() / 1_000_000.0);
      node.put("error", attempt.error());
      node.put("delivered", attempt.delivered());
      node.put("at", attempt.at().toString());
    }
    DeliveryCounts counts = deliveries.counts();
    ObjectNode meta = root.putObject("meta");
    meta.put("queued", counts.queued());
    meta.put("delivered", counts.delivered());
    meta.put("failed_attempts", counts.failedAttempts());
    meta.put("dropped", counts.dropped());
    meta.put("discarded", counts.discarded());
    root.put("status", "success");
    return Json.bytes(root);
  }

  /** {@code DELETE /__admin/webhooks/deliveries}: empties the journal and the counts. */
  byte[] clearDeliveries(AdminRequest request) {
    deliveries.clear();
    return AdminRoutes.ok();
  }

  /**
   * {@code POST /__admin/messages/{id}/status?token=..} with {@code status} {@code delivered} or
   * {@code read}: the messenger reports an outgoing message delivered or read.
   */
  byte[] deliveryStatus(AdminRequest request) {
    Params params = request.params();
    MockAccount account = account(params);
    String status = params.text("status");
    if (status == null) {
      params.problem("status", WireErrors.REQUIRED);
    }
    params.validate();
    return Json.success(
        account.changeDeliveryStatus(pathId(request), status.trim()), Json::message);
  }

  /**
   * {@code POST /__admin/webhooks/{id}/secret?token=..} with {@code secret}: signs this webhook's
   * deliveries from now on; an empty or absent secret sends them unsigned (ours: the real API has
   * no such setting).
   */
  byte[] secret(AdminRequest request) {
    Params params = request.params();
    MockAccount account = account(params);
    String secret = params.text("secret");
    account
        .reference()
        .webhooks()
        .secret(pathId(request), secret == null ? null : secret.getBytes(StandardCharsets.UTF_8));
    return AdminRoutes.ok();
  }

  private MockAccount account(Params params) {
    return AdminRoutes.account(state, AdminRoutes.required(params, "token"));
  }

  private static long pathId(AdminRequest request) {
    try {
      return Long.parseLong(request.id());
    } catch (NumberFormatException e) {
      throw WireErrors.pageNotFound().exception();
    }
  }
}
