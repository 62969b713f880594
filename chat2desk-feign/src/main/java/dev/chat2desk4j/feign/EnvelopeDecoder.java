package dev.chat2desk4j.feign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Decodes a 2xx answer into a wire shape, first checking for the error envelope that older API
 * versions send with status 200 ({@code "status": "error"}), which becomes an exception.
 */
final class EnvelopeDecoder implements Decoder {

  private final ObjectMapper mapper;
  private final ErrorMapping errors;

  EnvelopeDecoder(ObjectMapper mapper, ErrorMapping errors) {
    this.mapper = mapper;
    this.errors = errors;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    byte[] body;
    if (response.body() == null) {
      body = new byte[0];
    } else {
      try (InputStream in = response.body().asInputStream()) {
        body = Util.toByteArray(in);
      }
    }
    JsonNode tree = mapper.readTree(body);
    if (tree == null || tree.isMissingNode()) {
      throw new IOException("empty answer body");
    }
    JsonNode status = tree.get("status");
    if (tree.isObject() && status != null && "error".equalsIgnoreCase(status.asText())) {
      throw errors.toException(
          RequestLines.of(response), response.status(), response.headers(), body);
    }
    return mapper.readerFor(mapper.constructType(type)).readValue(tree);
  }
}
