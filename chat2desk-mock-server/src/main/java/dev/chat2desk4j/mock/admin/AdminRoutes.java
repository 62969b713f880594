package dev.chat2desk4j.mock.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat2desk4j.mock.fault.FaultRule;
import dev.chat2desk4j.mock.fault.Faults;
import dev.chat2desk4j.mock.http.AccountRateLimit;
import dev.chat2desk4j.mock.http.Json;
import dev.chat2desk4j.mock.http.Params;
import dev.chat2desk4j.mock.http.WireError;
import dev.chat2desk4j.mock.http.WireErrors;
import dev.chat2desk4j.mock.journal.Journal;
import dev.chat2desk4j.mock.journal.JournalEntry;
import dev.chat2desk4j.mock.journal.RequestCount;
import dev.chat2desk4j.mock.state.ApiUsage;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.state.RecordNotFoundException;
import dev.chat2desk4j.mock.state.Seed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What each admin route does (the routes are in {@link AdminHttp}): health, accounts, reset, seed,
 * journal, fault rules, incoming client messages, the monthly quota, the per-account rate limit and
 * request counts. Each answers the success envelope's bytes or throws; {@link AdminHttp} answers a
 * failure in the error envelope.
 */
final class AdminRoutes {

  /**
   * One admin request as its route reads it.
   *
   * @param params the query and body parameters
   * @param body the body as text
   * @param id the path's id, or null
   */
  record AdminRequest(Params params, String body, String id) {}

  private final MockState state;
  private final Journal journal;
  private final Faults faults;
  private final AccountRateLimit rateLimit;
  private final Runnable resetAll;

  AdminRoutes(
      MockState state,
      Journal journal,
      Faults faults,
      AccountRateLimit rateLimit,
      Runnable resetAll) {
    this.state = state;
    this.journal = journal;
    this.faults = faults;
    this.rateLimit = rateLimit;
    this.resetAll = resetAll;
  }

  byte[] health(AdminRequest request) {
    ObjectNode data = Json.MAPPER.createObjectNode();
    data.put("accounts", state.accountCount());
    data.put("journal_capacity", journal.capacity());
    data.put("journal_max_bytes", journal.maxBytes());
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set("data", data);
    root.put("status", "ok");
    return Json.bytes(root);
  }

  byte[] addAccount(AdminRequest request) {
    state.addAccount(required(request.params(), "token"));
    return ok();
  }

  byte[] reset(AdminRequest request) {
    String token = request.params().text("token");
    if (token == null) {
      resetAll.run();
    } else {
      account(token);
      state.reset(token);
    }
    return ok();
  }

  byte[] seed(AdminRequest request) {
    String preset = request.params().text("preset");
    Seed seed;
    if (preset != null) {
      if (!preset.equals("demo")) {
        throw new IllegalArgumentException("Unknown seed preset '" + preset + "'; known: demo");
      }
      seed = Seed.demo();
    } else {
      seed = Seed.fromJson(request.body());
    }
    String token = request.params().text("token");
    if (token == null) {
      state.seedAll(seed);
    } else {
      account(token);
      state.seed(token, seed);
    }
    return ok();
  }

  byte[] journal(AdminRequest request) {
    List<JournalEntry> entries = journal.entries();
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode data = root.putArray("data");
    for (JournalEntry entry : entries) {
      ObjectNode node = data.addObject();
      node.put("at", entry.at().toString());
      node.put("operation", entry.operation() == null ? null : entry.operation().methodName());
      node.put("method", entry.method());
      node.put("path", entry.path());
      node.put("query", entry.query());
      node.set("params", Json.MAPPER.valueToTree(entry.params()));
      node.put("body", entry.body());
      node.put("body_size", entry.bodySize());
      node.put("body_truncated", entry.bodyTruncated());
      node.put("status", entry.status());
      node.put("account", entry.account());
    }
    ObjectNode meta = root.putObject("meta");
    meta.put("total", entries.size());
    meta.put("capacity", journal.capacity());
    meta.put("bytes", journal.bytes());
    meta.put("max_bytes", journal.maxBytes());
    root.put("status", "success");
    return Json.bytes(root);
  }

  byte[] clearJournal(AdminRequest request) {
    journal.clear();
    return ok();
  }

  byte[] faults(AdminRequest request) {
    ArrayNode data = Json.MAPPER.createArrayNode();
    faults.rules().forEach(rule -> data.add(FaultJson.view(rule)));
    return Json.success(data);
  }

  byte[] addFault(AdminRequest request) {
    return Json.success(FaultJson.view(FaultJson.register(faults, request.body())));
  }

  byte[] clearFaults(AdminRequest request) {
    faults.clear();
    return ok();
  }

  byte[] deleteFault(AdminRequest request) {
    long id;
    try {
      id = Long.parseLong(request.id());
    } catch (NumberFormatException e) {
      throw WireErrors.pageNotFound().exception();
    }
    FaultRule rule =
        faults.rules().stream()
            .filter(candidate -> candidate.id() == id)
            .findFirst()
            .orElseThrow(() -> WireErrors.pageNotFound().exception());
    rule.remove();
    return ok();
  }

  byte[] incoming(AdminRequest request) {
    Params params = request.params();
    MockAccount account = account(required(params, "token"));
    Long clientId = params.requiredId("client_id");
    String text = params.text("text");
    if (text == null || text.isBlank()) {
      params.problem("text", WireErrors.REQUIRED);
    }
    params.validate();
    if (account.client(clientId).isEmpty()) {
      throw new RecordNotFoundException("client_id", clientId);
    }
    return Json.success(account.receiveMessage(clientId, text), Json::message);
  }

  /** The monthly quota of an account: its limit and the calls counted this month. */
  byte[] quota(AdminRequest request) {
    return quotaView(account(required(request.params(), "token")));
  }

  /**
   * Sets an account's monthly quota now, such as near its limit for a test: {@code limit} (absent
   * or null: no limit) and {@code used}, the calls counted this month (default 0). A reset brings
   * back what the account's seeds say.
   */
  byte[] setQuota(AdminRequest request) {
    MockAccount account = account(required(request.params(), "token"));
    JsonFields fields = new JsonFields(JsonFields.object(request.body(), "Quota"));
    Long limit = fields.integer("limit", 0, Long.MAX_VALUE);
    Long used = fields.integer("used", 0, Long.MAX_VALUE);
    fields.validate("Invalid quota");
    account.reference().usage().set(limit, used == null ? 0 : used);
    return quotaView(account);
  }

  private static byte[] quotaView(MockAccount account) {
    ObjectNode data = Json.MAPPER.createObjectNode();
    ApiUsage usage = account.reference().usage();
    if (usage.limit().isPresent()) {
      data.put("limit", usage.limit().getAsLong());
    } else {
      data.putNull("limit");
    }
    data.put("requests_this_month", usage.requestsThisMonth());
    return Json.success(data);
  }

  byte[] rateLimit(AdminRequest request) {
    ObjectNode data = Json.MAPPER.createObjectNode();
    data.put("per_second", rateLimit.perSecond());
    return Json.success(data);
  }

  byte[] setRateLimit(AdminRequest request) {
    Params params = request.params();
    String text = params.text("per_second");
    int perSecond = 0;
    if (text == null) {
      params.problem("per_second", WireErrors.REQUIRED);
    } else {
      try {
        perSecond = AccountRateLimit.checked(Integer.parseInt(text.trim()));
      } catch (IllegalArgumentException e) { // NumberFormatException is one
        params.problem(
            "per_second",
            "must be an integer from 0 (no limit) to " + AccountRateLimit.MAX_PER_SECOND);
      }
    }
    params.validate();
    rateLimit.perSecond(perSecond);
    return rateLimit(request);
  }

  byte[] requestCounts(AdminRequest request) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode data = root.putArray("data");
    for (RequestCount count : rateLimit.counts()) {
      ObjectNode node = data.addObject();
      node.put("account", count.account());
      node.put("second", count.second().toString());
      node.put("requests", count.requests());
      node.put("limited", count.limited());
    }
    root.putObject("meta").put("rate_limit_per_second", rateLimit.perSecond());
    root.put("status", "success");
    return Json.bytes(root);
  }

  private MockAccount account(String token) {
    return account(state, token);
  }

  /** The account of a token, or the admin API's 404 for a token no account has. */
  static MockAccount account(MockState state, String token) {
    return state
        .find(token)
        .orElseThrow(() -> new WireError(404, "No account has this token", Map.of()).exception());
  }

  /** A text parameter that must be given; its absence is a 422 naming it. */
  static String required(Params params, String field) {
    String value = params.text(field);
    if (value == null || value.isBlank()) {
      params.problem(field, WireErrors.REQUIRED);
      params.validate();
    }
    return value;
  }

  /** The admin API's answer that carries nothing. */
  static byte[] ok() {
    return "{\"status\":\"success\"}".getBytes(StandardCharsets.UTF_8);
  }
}
