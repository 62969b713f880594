package dev.chat2desk4j.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of a journalled request as text: the query string, then a JSON object or form body
 * on top, as the fake's routes read them. Values that are JSON objects or arrays keep their JSON
 * text; a body that is neither JSON nor a form adds nothing.
 */
final class RequestParams {

  private RequestParams() {}

  static Map<String, String> of(JournalEntry entry) {
    Map<String, String> params = new LinkedHashMap<>();
    putForm(params, entry.query());
    String body = entry.body() == null ? "" : entry.body().trim();
    if (body.startsWith("{")) {
      putJson(params, body);
    } else if (body.contains("=")) {
      putForm(params, body);
    }
    return Collections.unmodifiableMap(params);
  }

  private static void putJson(Map<String, String> params, String body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return;
    }
    if (root != null && root.isObject()) {
      root.fields()
          .forEachRemaining(
              field -> {
                JsonNode value = field.getValue();
                if (!value.isNull()) {
                  params.put(
                      field.getKey(), value.isValueNode() ? value.asText() : value.toString());
                }
              });
    }
  }

  private static void putForm(Map<String, String> params, String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        params.put(
            decode(eq < 0 ? pair : pair.substring(0, eq)),
            eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
