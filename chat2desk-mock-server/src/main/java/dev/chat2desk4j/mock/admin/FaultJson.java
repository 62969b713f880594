package dev.chat2desk4j.mock.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.fault.FaultRule;
import dev.chat2desk4j.mock.fault.FaultRuleBuilder;
import dev.chat2desk4j.mock.fault.Faults;
import dev.chat2desk4j.mock.http.ApiRoute;
import dev.chat2desk4j.mock.http.ApiRouteTable;
import dev.chat2desk4j.mock.http.Json;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The admin API's JSON form of a fault rule, both ways (format in the module's README). Every field
 * is checked for its type and for {@link FaultRuleBuilder}'s ranges first: a bad rule answers 400
 * naming each bad field and registers nothing.
 */
final class FaultJson {

  static final String INVALID = "Invalid fault rule";

  private static final List<String> ACTIONS =
      List.of("respond", "delay", "drop_connection", "store_then_drop", "accept_then_delay");

  private FaultJson() {}

  /** Registers the rule a JSON object describes. */
  static FaultRule register(Faults faults, String json) {
    JsonFields rule = new JsonFields(object(json));
    Operation operation = operation(rule);
    String method = rule.text("method");
    String path = rule.text("path");
    if (operation == null && path == null) {
      rule.require("path");
    }
    if (method != null && !method.equals("*") && !method.matches("[A-Za-z]{1,20}")) {
      rule.problem("method", "must be an HTTP method such as GET, or *");
    }
    if (path != null && !path.startsWith("/") && !path.startsWith("*")) {
      rule.problem("path", "must start with / or *");
    }
    String action = rule.text("action");
    if (action == null || !ACTIONS.contains(action.toLowerCase(Locale.ROOT))) {
      rule.require("action");
      if (action != null) {
        rule.problem("action", "must be one of " + String.join(", ", ACTIONS));
      }
      action = null;
    } else {
      action = action.toLowerCase(Locale.ROOT);
    }
    Long status = null;
    Long retryAfter = null;
    Long delay = null;
    if ("respond".equals(action)) {
      status = rule.integer("status", 100, 599);
      rule.require("status");
      retryAfter =
          rule.integer("retry_after_seconds", 0, FaultRuleBuilder.MAX_RETRY_AFTER.toSeconds());
    } else if ("delay".equals(action) || "accept_then_delay".equals(action)) {
      delay = rule.integer("delay_ms", 0, FaultRuleBuilder.MAX_DELAY.toMillis());
      rule.require("delay_ms");
    }
    Long times = rule.integer("times", 1, FaultRuleBuilder.MAX_TIMES);
    Double probability = rule.number("probability", 0, 1);
    if (rule.has("times") && rule.has("probability")) {
      rule.problem("probability", "cannot be combined with times");
    }
    rule.validate(INVALID);

    FaultRuleBuilder builder =
        operation != null ? faults.on(operation) : faults.on(method == null ? "*" : method, path);
    switch (action) {
      case "respond" -> {
        builder.respond(status.intValue());
        if (retryAfter != null) {
          builder.retryAfter(Duration.ofSeconds(retryAfter));
        }
        JsonNode body = rule.node("body");
        if (body != null) {
          builder.body(body.isTextual() ? body.asText() : Json.text(body));
        }
      }
      case "delay" -> builder.delay(Duration.ofMillis(delay));
      case "drop_connection" -> builder.dropConnection();
      case "store_then_drop" -> builder.storeThenDrop();
      default -> builder.acceptThenDelay(Duration.ofMillis(delay));
    }
    if (times != null) {
      return builder.times(times.intValue());
    }
    return probability != null ? builder.withProbability(probability) : builder.always();
  }

  /** A rule as the admin API lists it; an operation's rule shows its route's method and path. */
  static JsonNode view(FaultRule rule) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", rule.id());
    ApiRoute<?, ?> route = rule.operation().map(ApiRouteTable::of).orElse(null);
    node.put("method", route != null ? route.method() : rule.method());
    node.put("path", route != null ? route.path() : rule.pathPattern());
    node.setAll((ObjectNode) Json.MAPPER.valueToTree(rule.fault().describe()));
    if (rule.remaining().isPresent()) {
      node.put("remaining", rule.remaining().getAsInt());
    }
    node.put("probability", rule.probability());
    node.put("fired", rule.fired());
    return node;
  }

  private static JsonNode object(String json) {
    return JsonFields.object(json, "Fault rule");
  }

  private static Operation operation(JsonFields rule) {
    String name = rule.text("operation");
    if (name == null) {
      return null;
    }
    for (Operation operation : Operation.values()) {
      if (operation.name().equalsIgnoreCase(name) || operation.methodName().equals(name)) {
        return operation;
      }
    }
    rule.problem(
        "operation",
        "must be one of "
            + Arrays.stream(Operation.values())
                .map(Operation::methodName)
                .collect(Collectors.joining(", ")));
    return null;
  }
}
