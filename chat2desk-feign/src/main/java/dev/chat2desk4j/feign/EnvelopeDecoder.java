package dev.chat2desk4j.feign;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes a 2xx answer into a wire shape, first checking for the error envelope that older API
 * versions send with status 200 ({@code "status": "error"}), which becomes an exception. A 2xx that
 * is not a usable answer (empty, not JSON, JSON {@code null}, another shape, or missing what the
 * operation needs, see {@link Wire.Envelope#missing()}) becomes an {@link
 * dev.chat2desk4j.api.InvalidResponseException}: an answer without a message id is not a send.
 *
 * <p>An answer is read straight from its bytes into the {@link Wire.Envelope} it should be, with
 * one reader per type built once, and the status checked on the result. Only a body that does not
 * fit that shape takes the slow way through a JSON tree, which decides and reports exactly.
 */
final class EnvelopeDecoder implements Decoder {

  private final ObjectMapper mapper;
  private final ErrorMapping errors;
  private final long maxResponseSize;
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  EnvelopeDecoder(ObjectMapper mapper, ErrorMapping errors, long maxResponseSize) {
    this.mapper = mapper;
    this.errors = errors;
    this.maxResponseSize = maxResponseSize;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    byte[] body = AnswerBody.bytes(response.body(), maxResponseSize, response.status());
    ObjectReader reader = readers.computeIfAbsent(type, this::envelopeReader);
    if (reader == null) {
      return decodeTree(response, type, body);
    }
    Wire.Envelope answer;
    try {
      answer = reader.readValue(body);
    } catch (IOException | RuntimeException doesNotFit) {
      return decodeTree(response, type, body);
    }
    return checked(response, body, answer);
  }

  /** The reader for an envelope type, or null for any other type. */
  private ObjectReader envelopeReader(Type type) {
    JavaType javaType = mapper.constructType(type);
    return Wire.Envelope.class.isAssignableFrom(javaType.getRawClass())
        ? mapper.readerFor(javaType)
        : null;
  }

  private Object decodeTree(Response response, Type type, byte[] body) {
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (IOException notJson) {
      throw errors.invalid(response, body, "the body is not JSON");
    }
    if (tree == null || tree.isMissingNode()) {
      throw errors.invalid(response, body, "the body is empty");
    }
    if (!tree.isObject()) {
      throw errors.invalid(response, body, "the body is not a JSON object");
    }
    JsonNode status = tree.get("status");
    if (status != null && isError(status.asText())) {
      throw errors.toException(
          RequestLines.of(response), response.status(), response.headers(), body);
    }
    Object answer;
    try {
      answer = mapper.readerFor(mapper.constructType(type)).readValue(tree);
    } catch (IOException | RuntimeException wrongShape) {
      throw errors.invalid(response, body, "the body does not have the answer's shape");
    }
    return answer instanceof Wire.Envelope envelope ? checked(response, body, envelope) : answer;
  }

  private Wire.Envelope checked(Response response, byte[] body, Wire.Envelope answer) {
    if (answer == null) {
      throw errors.invalid(response, body, "the body is JSON null");
    }
    if (isError(answer.status())) {
      throw errors.toException(
          RequestLines.of(response), response.status(), response.headers(), body);
    }
    String missing = answer.missing();
    if (missing != null) {
      throw errors.invalid(response, body, "the answer has no " + missing);
    }
    return answer;
  }

  private static boolean isError(String status) {
    return "error".equalsIgnoreCase(status);
  }
}
