package dev.chat2desk4j.feign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.ErrorResponse;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.RequestLine;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an error answer (any non-2xx status, or a 2xx carrying the error envelope) into the API's
 * exception: it decodes status, {@code Retry-After} and the envelope into an {@link ErrorResponse}
 * and leaves the choice of exception type to {@link Chat2DeskException#fromResponse}.
 */
final class ErrorMapping implements ErrorDecoder {

  /** Error bodies are read up to this size; exceptions keep far less anyway. */
  static final int MAX_ERROR_BODY = 64 * 1024;

  /** How much of an unreadable body is kept for its exception's excerpt. */
  static final int MAX_EXCERPT_BYTES = 4096;

  /** The field name under which an {@code errors} given as plain text is reported. */
  static final String GENERAL_ERRORS = "errors";

  private final ObjectMapper mapper;
  private final Redactor redactor;
  private final Clock clock;

  ErrorMapping(ObjectMapper mapper, Redactor redactor, Clock clock) {
    this.mapper = mapper;
    this.redactor = redactor;
    this.clock = clock;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    byte[] body;
    try {
      body = read(response.body());
    } catch (IOException unreadable) {
      body = null;
    }
    return toException(
        RequestLines.of(methodKey, response), response.status(), response.headers(), body);
  }

  /** Maps an answer whose body is already read; {@code body} may be null. */
  Chat2DeskException toException(
      RequestLine request, int status, Map<String, Collection<String>> headers, byte[] body) {
    String text =
        body == null || body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
    JsonNode envelope = parse(text);
    String message = null;
    Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
    if (envelope != null) {
      message = textOrNull(envelope.get("message"));
      JsonNode errors = envelope.get("errors");
      if (errors != null && errors.isObject()) {
        errors.properties().forEach(e -> fieldErrors.put(e.getKey(), messages(e.getValue())));
      } else if (errors != null && !errors.isNull()) {
        fieldErrors.put(GENERAL_ERRORS, messages(errors));
      }
      if (message == null) {
        message = textOrNull(envelope.get("error"));
      }
      if (message == null && fieldErrors.containsKey(GENERAL_ERRORS)) {
        message = String.join("; ", fieldErrors.get(GENERAL_ERRORS));
      }
    }
    Map<String, List<String>> redactedErrors = new LinkedHashMap<>();
    fieldErrors.forEach(
        (field, list) -> redactedErrors.put(field, list.stream().map(redactor::redact).toList()));
    ErrorResponse response =
        new ErrorResponse(
            status,
            redactor.redact(message),
            redactedErrors,
            RetryAfter.parse(header(headers, "Retry-After"), clock),
            redactor.redact(text));
    return Chat2DeskException.fromResponse(request, response);
  }

  /**
   * The exception for an answer that came but cannot be understood, with the start of its body
   * masked.
   *
   * @param problem what is wrong, a fixed text that never holds the body or a credential
   */
  InvalidResponseException invalid(Response response, byte[] body, String problem) {
    String text =
        body == null || body.length == 0
            ? null
            : new String(body, 0, Math.min(body.length, MAX_EXCERPT_BYTES), StandardCharsets.UTF_8);
    return Chat2DeskException.invalidResponse(
        RequestLines.of(response), response.status(), problem, redactor.redact(text));
  }

  static byte[] read(Response.Body body) throws IOException {
    if (body == null) {
      return null;
    }
    try (InputStream in = body.asInputStream()) {
      return in.readNBytes(MAX_ERROR_BODY);
    }
  }

  private JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      JsonNode node = mapper.readTree(text);
      return node != null && node.isObject() ? node : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  private static List<String> messages(JsonNode value) {
    List<String> messages = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(item -> messages.add(item.isValueNode() ? item.asText() : item.toString()));
    } else {
      messages.add(value.isValueNode() ? value.asText() : value.toString());
    }
    return messages;
  }

  private static String textOrNull(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    return node.asText();
  }

  private static String header(Map<String, Collection<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, Collection<String>> entry : headers.entrySet()) {
      if (name.equalsIgnoreCase(entry.getKey()) && !entry.getValue().isEmpty()) {
        return entry.getValue().iterator().next();
      }
    }
    return null;
  }
}
