package dev.chat2desk4j.mock.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chat2desk4j.mock.http.Json;
import dev.chat2desk4j.mock.http.WireError;
import dev.chat2desk4j.mock.http.WireErrors;
import dev.chat2desk4j.mock.http.WireException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed, range-checked reads of an admin JSON object's fields. Each getter answers null for an
 * absent field and records a problem under the field's name for a wrong type or range; {@link
 * #validate(String)} then throws one 400 naming every bad field.
 */
final class JsonFields {

  private final JsonNode object;
  private final Map<String, List<String>> problems = new LinkedHashMap<>();

  JsonFields(JsonNode object) {
    this.object = object;
  }

  /**
   * The JSON object an admin request's body holds.
   *
   * @param what what the object is, such as {@code Fault rule}, for the 400's message
   * @throws WireException a 400 for a body that is not a JSON object
   */
  static JsonNode object(String json, String what) {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new WireError(400, what + " is not valid JSON", Map.of()).exception();
    }
    if (node == null || !node.isObject()) {
      throw new WireError(400, what + " must be a JSON object", Map.of()).exception();
    }
    return node;
  }

  /** Whether the field is present and not null. */
  boolean has(String field) {
    return object.hasNonNull(field);
  }

  /** The field's raw value, or null when absent. */
  JsonNode node(String field) {
    return has(field) ? object.get(field) : null;
  }

  /** A string, or null when absent; another type is a problem. */
  String text(String field) {
    JsonNode node = node(field);
    if (node == null) {
      return null;
    }
    if (!node.isTextual()) {
      problem(field, "must be a string");
      return null;
    }
    return node.asText();
  }

  /** A whole number from {@code min} to {@code max}, or null when absent or out of range. */
  Long integer(String field, long min, long max) {
    JsonNode node = node(field);
    if (node == null) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      long value = node.asLong();
      if (value >= min && value <= max) {
        return value;
      }
    }
    problem(field, "must be an integer from " + min + " to " + max);
    return null;
  }

  /** A number from {@code min} to {@code max}, or null when absent or out of range. */
  Double number(String field, double min, double max) {
    JsonNode node = node(field);
    if (node == null) {
      return null;
    }
    if (node.isNumber()) {
      double value = node.asDouble();
      if (value >= min && value <= max) {
        return value;
      }
    }
    problem(field, "must be a number from " + min + " to " + max);
    return null;
  }

  /** Records that a field the rule needs is absent, unless the field already has a problem. */
  void require(String field) {
    if (!has(field) && !problems.containsKey(field)) {
      problem(field, WireErrors.REQUIRED);
    }
  }

  void problem(String field, String problem) {
    problems.computeIfAbsent(field, name -> new ArrayList<>()).add(problem);
  }

  /** Throws a 400 with this message, naming every field with a problem, if any. */
  void validate(String message) {
    if (!problems.isEmpty()) {
      throw new WireError(400, message, problems).exception();
    }
  }
}
