package dev.chat2desk4j.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Reads one payload's fields the way the wire sends them: ids as numbers or strings, booleans as
 * {@code true}/{@code false}, {@code 1}/{@code 0} or their strings, times as ISO-8601, the wire's
 * {@code 2026-11-24T10:00:00 UTC} or Unix seconds. A value of the wrong shape reads as absent,
 * except where a field is required.
 */
final class Fields {

  private final JsonNode root;
  private final String hookType;

  Fields(JsonNode root, String hookType) {
    this.root = root;
    this.hookType = hookType;
  }

  JsonNode node(String field) {
    return root.path(field);
  }

  String text(String field) {
    JsonNode node = root.path(field);
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  Long id(String field) {
    return id(root.path(field));
  }

  static Long id(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.asLong();
    }
    if (node.isTextual()) {
      try {
        return Long.parseLong(node.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  long requiredId(String field) {
    Long id = id(field);
    if (id == null) {
      throw new WebhookParseException(
          "A " + hookType + " event needs " + field + " as a whole number");
    }
    return id;
  }

  boolean bool(String field) {
    JsonNode node = root.path(field);
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isNumber()) {
      return node.asInt() != 0;
    }
    String text = node.isTextual() ? node.asText().trim().toLowerCase(Locale.ROOT) : "";
    return text.equals("true") || text.equals("1");
  }

  Instant instant(String field) {
    JsonNode node = root.path(field);
    if (node.isNumber()) {
      return Instant.ofEpochSecond(node.asLong());
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      return null;
    }
    String value = node.asText().trim();
    if (value.matches("[0-9]{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(value));
    }
    value = value.replace(' ', 'T');
    if (value.endsWith("TUTC")) {
      value = value.substring(0, value.length() - 4) + "Z";
    }
    try {
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              value, OffsetDateTime::from, LocalDateTime::from);
      return parsed instanceof OffsetDateTime offset
          ? offset.toInstant()
          : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
