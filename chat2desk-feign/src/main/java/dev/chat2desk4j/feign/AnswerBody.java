package dev.chat2desk4j.feign;

import feign.Request;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * An answer's body already read whole, which the decoder can take without copying it again. Feign's
 * own byte-array body hides its array, so reading it back would copy the bytes a second time.
 */
final class AnswerBody implements Response.Body {

  private static final byte[] EMPTY = new byte[0];

  private final byte[] bytes;

  AnswerBody(byte[] bytes) {
    this.bytes = bytes == null ? EMPTY : bytes;
  }

  /**
   * Feign's answer for a body read whole, as the HTTP clients of this library hand it over.
   *
   * @param http2 whether the answer came over HTTP/2
   * @param reason the status line's reason phrase, or null
   */
  static Response answer(
      Request request,
      boolean http2,
      int status,
      String reason,
      Map<String, Collection<String>> headers,
      byte[] body) {
    return Response.builder()
        .request(request)
        .protocolVersion(http2 ? Request.ProtocolVersion.HTTP_2 : Request.ProtocolVersion.HTTP_1_1)
        .status(status)
        .reason(reason)
        .headers(headers)
        .body(new AnswerBody(body))
        .build();
  }

  /**
   * The whole body: this body's own array, else read from the stream of a client that streams (a
   * caller's own {@code feign.Client}) up to {@code max} bytes; empty for no body.
   *
   * @throws AnswerTooLargeException when a streamed body is longer than {@code max}
   */
  static byte[] bytes(Response.Body body, long max, int status) throws IOException {
    if (body == null) {
      return EMPTY;
    }
    if (body instanceof AnswerBody answer) {
      return answer.bytes;
    }
    try (InputStream in = body.asInputStream()) {
      Integer length = body.length();
      return CappedBody.read(in, length == null ? -1 : length, max, status);
    }
  }

  @Override
  public Integer length() {
    return bytes.length;
  }

  @Override
  public boolean isRepeatable() {
    return true;
  }

  @Override
  public InputStream asInputStream() {
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public Reader asReader(Charset charset) {
    return new InputStreamReader(asInputStream(), Objects.requireNonNull(charset, "charset"));
  }

  @Override
  public void close() {}
}
