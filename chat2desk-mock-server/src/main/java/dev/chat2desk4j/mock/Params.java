package dev.chat2desk4j.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chat2desk4j.mock.state.WireErrors;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a request, from the query string and, for POST and PUT, from a JSON or form
 * body (the body wins). Typed getters accept what public clients send (ids as strings, booleans as
 * 1/0/True/False) and collect a problem per bad field; {@link #validate()} then throws one 422
 * naming every bad field. Unknown parameters are ignored.
 */
final class Params {

  private final Map<String, JsonNode> values = new HashMap<>();
  private final Map<String, List<String>> problems = new LinkedHashMap<>();

  static Params parse(ApiRequest request) {
    Params params = new Params();
    params.putForm(request.query());
    boolean hasBody = !request.method().equals("GET") && !request.method().equals("HEAD");
    if (hasBody && request.body().length > 0) {
      params.putBody(request);
    }
    return params;
  }

  private void putBody(ApiRequest request) {
    String text = request.bodyText();
    if (text.isBlank()) {
      return;
    }
    String type =
        request.contentType() == null ? "" : request.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("x-www-form-urlencoded")) {
      putForm(text);
      return;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      if (!type.contains("json") && text.contains("=") && !text.trim().startsWith("{")) {
        putForm(text.trim());
        return;
      }
      throw WireErrors.malformedJson();
    }
    if (root == null || !root.isObject()) {
      throw WireErrors.malformedJson();
    }
    root.properties().forEach(field -> values.put(field.getKey(), field.getValue()));
  }

  private void putForm(String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      values.put(name, TextNode.valueOf(value));
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text; // a stray '%' is kept as typed rather than failing the request
    }
  }

  /** The value as text, or null when absent or empty; objects and arrays are a problem. */
  String text(String field) {
    JsonNode node = values.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isValueNode()) {
      problem(field, "must be a string");
      return null;
    }
    String text = node.asText();
    return text.isEmpty() ? null : text;
  }

  /** Whether the request carries this parameter at all. */
  boolean has(String field) {
    JsonNode node = values.get(field);
    return node != null && !node.isNull();
  }

  /** A positive id, or null when absent; a non-integer or non-positive value is a problem. */
  Long id(String field) {
    Long value = integer(field);
    if (value != null && value <= 0) {
      problem(field, WireErrors.NOT_POSITIVE);
      return null;
    }
    return value;
  }

  /** Like {@link #id(String)}, and absence is a problem too. */
  Long requiredId(String field) {
    Long id = id(field);
    if (id == null) {
      problemUnlessNamed(field, WireErrors.REQUIRED);
    }
    return id;
  }

  /** A whole number, or null when absent or not one (then a problem is recorded). */
  Long integer(String field) {
    JsonNode node = values.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.asLong();
    }
    if (node.isTextual()) {
      String text = node.asText().trim();
      if (text.isEmpty()) {
        return null;
      }
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        // fall through to the problem below
      }
    }
    problem(field, WireErrors.NOT_INTEGER);
    return null;
  }

  /** A boolean given as true/false, 1/0 or True/False, or null when absent. */
  Boolean bool(String field) {
    JsonNode node = values.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    String text = node.asText().trim().toLowerCase(Locale.ROOT);
    switch (text) {
      case "true", "1" -> {
        return true;
      }
      case "false", "0" -> {
        return false;
      }
      default -> {
        problem(field, WireErrors.NOT_BOOLEAN);
        return null;
      }
    }
  }

  /**
   * A date or date-time: {@code 2026-11-24}, {@code 2026-11-24 10:15:00}, the wire's {@code
   * 2026-11-24T10:15:00 UTC} or ISO-8601 with an offset; UTC when no offset is given. A bare date
   * means its first second, or its last when {@code endOfDay}.
   */
  Instant instant(String field, boolean endOfDay) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    String value = text.trim().replace(' ', 'T');
    if (value.endsWith("TUTC")) {
      value = value.substring(0, value.length() - 4) + "Z";
    }
    try {
      if (value.length() == 10) {
        LocalDate date = LocalDate.parse(value);
        return endOfDay
            ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1)
            : date.atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              value, OffsetDateTime::from, LocalDateTime::from);
      return parsed instanceof OffsetDateTime offset
          ? offset.toInstant()
          : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      problem(field, WireErrors.NOT_DATE);
      return null;
    }
  }

  void problem(String field, String problem) {
    problems.computeIfAbsent(field, f -> new ArrayList<>()).add(problem);
  }

  /** Records a problem unless the field already has one, such as a wrong type. */
  void problemUnlessNamed(String field, String problem) {
    if (!problems.containsKey(field)) {
      problem(field, problem);
    }
  }

  /** Throws a 422 naming every field with a problem, if any. */
  void validate() {
    if (!problems.isEmpty()) {
      throw WireErrors.invalid(problems);
    }
  }
}
