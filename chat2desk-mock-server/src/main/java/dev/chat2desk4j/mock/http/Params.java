package dev.chat2desk4j.mock.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chat2desk4j.mock.state.InvalidFieldsException;
import java.net.URI;
import java.net.URISyntaxException;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a request, parsed once: from the query string and, for any method but GET and
 * HEAD, from a JSON or form body (the body wins), plus the id in the path of routes that have one.
 * Parsing never fails: a body that is not a JSON object is remembered, and {@link
 * #requireWellFormed()} answers it with 400 when the route gets to it. Typed getters accept what
 * public clients send (ids as strings, booleans as 1/0/True/False) and collect a problem per bad
 * field; {@link #validate()} then throws one {@link InvalidFieldsException} naming every bad field.
 * Unknown parameters are ignored. Not thread-safe: one request's.
 */
public final class Params {

  private final Map<String, JsonNode> values = new LinkedHashMap<>();
  private final Map<String, List<String>> problems = new LinkedHashMap<>();
  private final Map<String, List<String>> repeated = new LinkedHashMap<>();
  private boolean malformed;
  private long pathId;
  private String pathName;

  private Params() {}

  /**
   * The parameters of a request.
   *
   * @param method the HTTP method, upper case
   * @param query the raw query string, or an empty string
   * @param contentType the {@code Content-Type} header, or null
   * @param body the body, possibly empty
   */
  public static Params parse(String method, String query, String contentType, byte[] body) {
    Params params = new Params();
    params.putForm(query);
    boolean hasBody = !method.equals("GET") && !method.equals("HEAD");
    if (hasBody && body.length > 0) {
      params.putBody(new String(body, StandardCharsets.UTF_8), contentType);
    }
    return params;
  }

  /** These parameters with the id the route's path names, such as 42 in {@code /v1/clients/42}. */
  Params withPathId(long id) {
    this.pathId = id;
    return this;
  }

  /** The id the route's path names. */
  long pathId() {
    return pathId;
  }

  /** These parameters with the word the route's path names, such as {@code transports}. */
  Params withPathName(String name) {
    this.pathName = name;
    return this;
  }

  /** The word the route's path names, in the case it came. */
  String pathName() {
    return pathName;
  }

  /**
   * The parameters as text, by name, in the order they came: JSON objects and arrays as their JSON
   * text, JSON nulls left out.
   */
  public Map<String, String> view() {
    Map<String, String> view = new LinkedHashMap<>();
    values.forEach(
        (name, node) -> {
          if (!node.isNull()) {
            view.put(name, node.isValueNode() ? node.asText() : node.toString());
          }
        });
    return Collections.unmodifiableMap(view);
  }

  /**
   * Throws the 400 for a body that was neither a JSON object nor a form.
   *
   * @throws WireException when the body was malformed
   */
  public void requireWellFormed() {
    if (malformed) {
      throw WireErrors.malformedJson().exception();
    }
  }

  private void putBody(String text, String contentType) {
    if (text.isBlank()) {
      return;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
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
      malformed = true;
      return;
    }
    if (root == null || !root.isObject()) {
      malformed = true;
      return;
    }
    root.properties()
        .forEach(
            field -> {
              values.put(field.getKey(), field.getValue());
              repeated.remove(field.getKey());
            });
  }

  private void putForm(String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    Map<String, List<String>> all = new LinkedHashMap<>();
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      values.put(name, TextNode.valueOf(value));
      all.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    // A later source (the body) replaces a name's values, as it replaces its single value.
    repeated.putAll(all);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text; // a stray '%' is kept as typed rather than failing the request
    }
  }

  /** The value as text, or null when absent or empty; objects and arrays are a problem. */
  public String text(String field) {
    String text = string(field);
    return text == null || text.isEmpty() ? null : text;
  }

  /**
   * The value as text, empty text included (which clears a field an update names), or null when
   * absent; objects and arrays are a problem.
   */
  String string(String field) {
    JsonNode node = values.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isValueNode()) {
      problem(field, "must be a string");
      return null;
    }
    return node.asText();
  }

  /**
   * An absolute {@code http} or {@code https} URL, or null when absent or empty; anything else is a
   * problem. The value is not echoed: URLs may carry secrets.
   */
  String url(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    if (isUrl(text.trim())) {
      return text.trim();
    }
    problem(field, WireErrors.NOT_URL);
    return null;
  }

  /** Whether a text is an absolute {@code http} or {@code https} URL with a host. */
  static boolean isUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The parameter's JSON value as parsed, or null when absent. */
  JsonNode node(String field) {
    return values.get(field);
  }

  /** Every parameter, by name, in the order they came. */
  Map<String, JsonNode> nodes() {
    return Collections.unmodifiableMap(values);
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
  public Long requiredId(String field) {
    Long id = id(field);
    if (id == null) {
      problemUnlessNamed(field, WireErrors.REQUIRED);
    }
    return id;
  }

  /**
   * Positive ids, however public clients send a list: a JSON array, the key repeated in a query or
   * form ({@code tag_ids=1&tag_ids=2}, also as {@code tag_ids[]=}), or one comma-separated value.
   * Empty when absent; each value that is no positive integer is a problem.
   */
  List<Long> ids(String field) {
    JsonNode node = values.get(field);
    List<String> texts = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(item -> texts.add(item.isValueNode() ? item.asText() : item.toString()));
    } else if (repeated.containsKey(field) || repeated.containsKey(field + "[]")) {
      repeated.getOrDefault(field, List.of()).forEach(value -> split(value, texts));
      repeated.getOrDefault(field + "[]", List.of()).forEach(value -> split(value, texts));
    } else if (node != null && !node.isNull()) {
      if (!node.isValueNode()) {
        problem(field, WireErrors.NOT_INTEGER);
        return List.of();
      }
      split(node.asText(), texts);
    }
    List<Long> ids = new ArrayList<>();
    for (String text : texts) {
      try {
        long id = Long.parseLong(text.trim());
        if (id > 0) {
          ids.add(id);
          continue;
        }
      } catch (NumberFormatException e) {
        // a problem below
      }
      problemUnlessNamed(field, WireErrors.NOT_POSITIVE);
    }
    return ids;
  }

  /**
   * Every text value of a field: the key repeated in a query or form (also as {@code field[]=}), or
   * its one value; empty when absent.
   */
  List<String> all(String field) {
    if (repeated.containsKey(field) || repeated.containsKey(field + "[]")) {
      List<String> all = new ArrayList<>(repeated.getOrDefault(field, List.of()));
      all.addAll(repeated.getOrDefault(field + "[]", List.of()));
      return all;
    }
    JsonNode node = values.get(field);
    return node == null || node.isNull() || !node.isValueNode()
        ? List.of()
        : List.of(node.asText());
  }

  private static void split(String value, List<String> into) {
    for (String part : value.split(",")) {
      if (!part.isBlank()) {
        into.add(part);
      }
    }
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
   * 2026-11-24T10:15:00 UTC}, ISO-8601 with an offset, or whole seconds since the epoch (ours); UTC
   * when no offset is given. A bare date means its first second, or its last when {@code endOfDay}.
   */
  Instant instant(String field, boolean endOfDay) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    if (text.trim().matches("[0-9]{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(text.trim()));
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

  /** Records a problem with a field. */
  public void problem(String field, String problem) {
    problems.computeIfAbsent(field, f -> new ArrayList<>()).add(problem);
  }

  /** Records a problem unless the field already has one, such as a wrong type. */
  void problemUnlessNamed(String field, String problem) {
    if (!problems.containsKey(field)) {
      problem(field, problem);
    }
  }

  /**
   * Throws the problems found so far, if any.
   *
   * @throws InvalidFieldsException naming every field with a problem
   */
  public void validate() {
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
  }
}
