package dev.chat2desk4j.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat2desk4j.api.Operation;
import java.time.Duration;
import java.util.Locale;

/** The admin API's JSON form of a fault rule, both ways (format in the module's README). */
final class FaultJson {

  private FaultJson() {}

  /** Registers the rule a JSON object describes. */
  static FaultRule register(Faults faults, String json) {
    JsonNode rule;
    try {
      rule = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Fault rule is not valid JSON");
    }
    if (rule == null || !rule.isObject()) {
      throw new IllegalArgumentException("Fault rule must be a JSON object");
    }
    FaultRuleBuilder builder = target(faults, rule);
    String action = rule.path("action").asText("");
    switch (action.toLowerCase(Locale.ROOT)) {
      case "respond" -> {
        builder.respond(rule.path("status").asInt(0));
        if (rule.hasNonNull("retry_after_seconds")) {
          builder.retryAfter(Duration.ofSeconds(rule.get("retry_after_seconds").asLong()));
        }
        if (rule.hasNonNull("body")) {
          JsonNode body = rule.get("body");
          builder.body(body.isTextual() ? body.asText() : Json.text(body));
        }
      }
      case "delay" -> builder.delay(delay(rule));
      case "drop_connection" -> builder.dropConnection();
      case "accept_then_delay" -> builder.acceptThenDelay(delay(rule));
      default ->
          throw new IllegalArgumentException(
              "action must be respond, delay, drop_connection or accept_then_delay");
    }
    if (rule.hasNonNull("times")) {
      return builder.times(rule.get("times").asInt(0));
    }
    if (rule.hasNonNull("probability")) {
      return builder.withProbability(rule.get("probability").asDouble(-1));
    }
    return builder.always();
  }

  static JsonNode view(FaultRule rule) {
    FaultAction action = rule.action();
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", rule.id());
    node.put("method", rule.method());
    node.put("path", rule.pathPattern());
    node.put("action", action.kind().wireValue);
    if (action.kind() == FaultAction.Kind.RESPOND) {
      node.put("status", action.status());
      if (action.retryAfter() != null) {
        node.put("retry_after_seconds", action.retryAfter().toSeconds());
      }
      if (action.body() != null) {
        node.put("body", action.body());
      }
    }
    if (action.delay() != null) {
      node.put("delay_ms", action.delay().toMillis());
    }
    if (rule.remaining().isPresent()) {
      node.put("remaining", rule.remaining().getAsInt());
    }
    node.put("probability", rule.probability());
    node.put("fired", rule.fired());
    return node;
  }

  private static FaultRuleBuilder target(Faults faults, JsonNode rule) {
    if (rule.hasNonNull("operation")) {
      String name = rule.get("operation").asText();
      for (Operation operation : Operation.values()) {
        if (operation.name().equalsIgnoreCase(name) || operation.methodName().equals(name)) {
          return faults.on(operation);
        }
      }
      throw new IllegalArgumentException("Unknown operation '" + name + "'");
    }
    if (!rule.hasNonNull("path")) {
      throw new IllegalArgumentException("A fault rule needs an operation or a path");
    }
    return faults.on(rule.path("method").asText("*"), rule.get("path").asText());
  }

  private static Duration delay(JsonNode rule) {
    if (!rule.hasNonNull("delay_ms")) {
      throw new IllegalArgumentException("delay_ms is required for this action");
    }
    return Duration.ofMillis(rule.get("delay_ms").asLong());
  }
}
