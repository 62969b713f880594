package dev.chat2desk4j.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockApiException;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.mock.state.WireErrors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin API under {@code /__admin} (documented in the module's README): health, accounts,
 * reset, seed, journal, fault rules and incoming client messages. Answers use the API's envelopes;
 * a bad admin request answers 400 with the reason. {@link AdminGuard} has let the request in.
 */
final class AdminRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(AdminRoutes.class);

  private final Chat2DeskMockServer server;

  AdminRoutes(Chat2DeskMockServer server) {
    this.server = server;
  }

  Reply handle(ApiRequest request) {
    try {
      return Reply.json(200, route(request, Params.parse(request)));
    } catch (MockApiException e) {
      return Reply.json(e.status(), Json.error(e));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Reply.json(400, Json.error(e.getMessage(), Map.of()));
    } catch (RuntimeException e) {
      // A bug of the fake: still answered in the envelope, so that no client chokes on the answer.
      LOG.warn("{} failed inside the fake", request, e);
      return Reply.json(500, Json.error(WireErrors.messageFor(500), Map.of()));
    }
  }

  private byte[] route(ApiRequest request, Params params) {
    String path = request.path().substring("/__admin".length());
    String key = request.method() + " " + path;
    if (path.startsWith("/faults/") && request.method().equals("DELETE")) {
      return deleteFault(path.substring("/faults/".length()));
    }
    MockState state = server.state();
    return switch (key) {
      case "GET /health" -> health();
      case "POST /accounts" -> {
        state.addAccount(required(params, "token"));
        yield ok();
      }
      case "POST /reset" -> reset(params);
      case "POST /seed" -> seed(request, params);
      case "GET /journal" -> journal();
      case "DELETE /journal" -> {
        server.clearJournal();
        yield ok();
      }
      case "GET /faults" -> faults();
      case "POST /faults" -> {
        FaultRule rule = FaultJson.register(server.faults(), request.bodyText());
        yield Json.success(FaultJson.view(rule));
      }
      case "DELETE /faults" -> {
        server.faults().clear();
        yield ok();
      }
      case "POST /messages/incoming" -> incoming(params);
      default -> throw WireErrors.pageNotFound();
    };
  }

  private byte[] health() {
    ObjectNode data = Json.MAPPER.createObjectNode();
    data.put("accounts", server.state().accountCount());
    data.put("journal_capacity", server.journalStore().capacity());
    data.put("journal_max_bytes", server.journalStore().maxBytes());
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set("data", data);
    root.put("status", "ok");
    return Json.bytes(root);
  }

  private byte[] reset(Params params) {
    String token = params.text("token");
    if (token == null) {
      server.reset();
    } else {
      account(token);
      server.reset(token);
    }
    return ok();
  }

  private byte[] seed(ApiRequest request, Params params) {
    String preset = params.text("preset");
    Seed seed;
    if (preset != null) {
      if (!preset.equals("demo")) {
        throw new IllegalArgumentException("Unknown seed preset '" + preset + "'; known: demo");
      }
      seed = Seed.demo();
    } else {
      seed = Seed.fromJson(request.bodyText());
    }
    String token = params.text("token");
    if (token == null) {
      server.state().seedAll(seed);
    } else {
      account(token);
      server.state().seed(token, seed);
    }
    return ok();
  }

  private byte[] journal() {
    Journal journal = server.journalStore();
    List<JournalEntry> entries = journal.entries();
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode data = root.putArray("data");
    for (JournalEntry entry : entries) {
      ObjectNode node = data.addObject();
      node.put("at", entry.at().toString());
      node.put("method", entry.method());
      node.put("path", entry.path());
      node.put("query", entry.query());
      node.put("body", entry.body());
      node.put("body_size", entry.bodySize());
      node.put("body_truncated", entry.bodyTruncated());
      node.put("status", entry.status());
    }
    ObjectNode meta = root.putObject("meta");
    meta.put("total", entries.size());
    meta.put("capacity", journal.capacity());
    meta.put("bytes", journal.bytes());
    meta.put("max_bytes", journal.maxBytes());
    root.put("status", "success");
    return Json.bytes(root);
  }

  private byte[] faults() {
    ArrayNode data = Json.MAPPER.createArrayNode();
    server.faults().rules().forEach(rule -> data.add(FaultJson.view(rule)));
    return Json.success(data);
  }

  private byte[] deleteFault(String idText) {
    long id;
    try {
      id = Long.parseLong(idText);
    } catch (NumberFormatException e) {
      throw WireErrors.pageNotFound();
    }
    FaultRule rule =
        server.faults().rules().stream()
            .filter(candidate -> candidate.id() == id)
            .findFirst()
            .orElseThrow(WireErrors::pageNotFound);
    rule.remove();
    return ok();
  }

  private byte[] incoming(Params params) {
    MockAccount account = account(required(params, "token"));
    Long clientId = params.requiredId("client_id");
    String text = params.text("text");
    if (text == null || text.isBlank()) {
      params.problem("text", WireErrors.REQUIRED);
    }
    params.validate();
    return Json.success(account.receiveMessage(clientId, text), Json::message);
  }

  private MockAccount account(String token) {
    return server
        .state()
        .find(token)
        .orElseThrow(() -> new MockApiException(404, "No account has this token", Map.of()));
  }

  private static String required(Params params, String field) {
    String value = params.text(field);
    if (value == null || value.isBlank()) {
      params.problem(field, WireErrors.REQUIRED);
      params.validate();
    }
    return value;
  }

  private static byte[] ok() {
    return "{\"status\":\"success\"}".getBytes(StandardCharsets.UTF_8);
  }
}
