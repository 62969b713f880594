package dev.chat2desk4j.feign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The one Jackson configuration for the wire: snake_case names, unknown fields ignored, nulls and
 * absent fields tolerated, numbers that arrive as strings accepted, booleans as {@code 1}/{@code 0}
 * or text, and both timestamp formats of the wire format.
 */
final class WireJson {

  /** Shared by every client: an {@link ObjectMapper} is thread-safe once configured. */
  static final ObjectMapper MAPPER = create();

  private WireJson() {}

  static ObjectMapper create() {
    SimpleModule quirks =
        new SimpleModule("chat2desk-wire")
            .addDeserializer(Instant.class, new TimestampDeserializer())
            .addDeserializer(Boolean.class, new LenientBooleanDeserializer());
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .addModule(quirks)
        .build();
  }

  /**
   * Parses a timestamp as {@code 2026-11-24T10:15:00 UTC}, ISO-8601 with or without an offset
   * (without one it is UTC), or epoch seconds; anything else becomes null rather than failing the
   * whole answer.
   */
  static Instant parseTimestamp(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.trim().replace(' ', 'T');
    try {
      if (value.toUpperCase(Locale.ROOT).endsWith("TUTC")) {
        return LocalDateTime.parse(value.substring(0, value.length() - 4))
            .toInstant(ZoneOffset.UTC);
      }
      if (value.chars().allMatch(Character::isDigit)) {
        return Instant.ofEpochSecond(Long.parseLong(value));
      }
      if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d(:?\\d\\d)?$")) {
        return OffsetDateTime.parse(value).toInstant();
      }
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  /** Reads a boolean from {@code true}/{@code false}, a number or text such as "1" or "True". */
  static Boolean parseBoolean(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "1", "true", "yes", "y", "t" -> Boolean.TRUE;
      case "0", "false", "no", "n", "f" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static final class TimestampDeserializer extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        return Instant.ofEpochSecond(parser.getLongValue());
      }
      if (parser.currentToken().isStructStart()) {
        parser.skipChildren();
        return null;
      }
      return parseTimestamp(parser.getValueAsString());
    }
  }

  private static final class LenientBooleanDeserializer extends JsonDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return parser.getDoubleValue() != 0;
      }
      if (token.isStructStart()) {
        parser.skipChildren();
        return null;
      }
      return parseBoolean(parser.getValueAsString());
    }
  }
}
