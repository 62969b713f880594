package dev.chat2desk4j.mock.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the parameters that hold several values are read, in every form public clients send them:
 * objects ({@code custom_fields}, {@code from_client}) and lists of ids ({@code tags}). Like {@link
 * Params}' own getters, they record a problem per bad field instead of failing.
 */
final class CompoundParams {

  private CompoundParams() {}

  /**
   * An object parameter as names to texts, in order, or null when absent: a JSON object (also one
   * sent as a JSON text in a form field), or form fields named like {@code custom_fields[city]}. A
   * JSON null value becomes an empty text; a nested object or array is a problem named {@code
   * field.name}.
   */
  static Map<String, String> object(Params params, String field) {
    Map<String, String> result = null;
    JsonNode node = params.node(field);
    if (node != null && node.isTextual() && node.asText().trim().startsWith("{")) {
      node = parsedOrNull(node.asText());
      if (node == null) {
        params.problem(field, "must be an object");
        return null;
      }
    }
    if (node != null && !node.isNull()) {
      if (!node.isObject()) {
        params.problem(field, "must be an object");
        return null;
      }
      result = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        JsonNode value = property.getValue();
        if (value.isValueNode()) {
          result.put(property.getKey(), value.isNull() ? "" : value.asText());
        } else {
          params.problem(field + "." + property.getKey(), "must be a string");
        }
      }
    }
    String prefix = field + "[";
    for (Map.Entry<String, JsonNode> entry : params.nodes().entrySet()) {
      String name = entry.getKey();
      if (name.startsWith(prefix) && name.endsWith("]") && entry.getValue().isValueNode()) {
        result = result == null ? new LinkedHashMap<>() : result;
        result.put(name.substring(prefix.length(), name.length() - 1), entry.getValue().asText());
      }
    }
    return result;
  }

  private static JsonNode parsedOrNull(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
