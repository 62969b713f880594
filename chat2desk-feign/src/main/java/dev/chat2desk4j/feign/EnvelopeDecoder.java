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
 * versions send with status 200 ({@code "status": "error"}), which becomes an exception.
 *
 * <p>An answer is read straight from its bytes into the {@link Wire.Envelope} it should be, with
 * one reader per type built once, and the status checked on the result. Only a body that does not
 * fit that shape (an error envelope with a {@code data} of another shape, an empty body, broken
 * JSON) takes the slow way through a JSON tree, which decides and reports exactly as before.
 */
final class EnvelopeDecoder implements Decoder {

  private final ObjectMapper mapper;
  private final ErrorMapping errors;
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  EnvelopeDecoder(ObjectMapper mapper, ErrorMapping errors) {
    this.mapper = mapper;
    this.errors = errors;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    byte[] body = AnswerBody.bytes(response.body());
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
    if (answer != null && isError(answer.status())) {
      throw errors.toException(
          RequestLines.of(response), response.status(), response.headers(), body);
    }
    return answer;
  }

  /** The reader for an envelope type, or null for any other type. */
  private ObjectReader envelopeReader(Type type) {
    JavaType javaType = mapper.constructType(type);
    return Wire.Envelope.class.isAssignableFrom(javaType.getRawClass())
        ? mapper.readerFor(javaType)
        : null;
  }

  private Object decodeTree(Response response, Type type, byte[] body) throws IOException {
    JsonNode tree = mapper.readTree(body);
    if (tree == null || tree.isMissingNode()) {
      throw new IOException("empty answer body");
    }
    JsonNode status = tree.get("status");
    if (tree.isObject() && status != null && isError(status.asText())) {
      throw errors.toException(
          RequestLines.of(response), response.status(), response.headers(), body);
    }
    return mapper.readerFor(mapper.constructType(type)).readValue(tree);
  }

  private static boolean isError(String status) {
    return "error".equalsIgnoreCase(status);
  }
}
