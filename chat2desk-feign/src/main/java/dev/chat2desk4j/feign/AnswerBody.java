package dev.chat2desk4j.feign;

import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * An answer's body already read whole, which the decoder can take without copying it again. Feign's
 * own byte-array body hides its array, so reading it back would copy the bytes a second time.
 */
final class AnswerBody implements Response.Body {

  private static final byte[] EMPTY = new byte[0];

  private final byte[] bytes;

  AnswerBody(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The whole body: this body's own array, else read from the stream; empty for no body. */
  static byte[] bytes(Response.Body body) throws IOException {
    if (body == null) {
      return EMPTY;
    }
    if (body instanceof AnswerBody answer) {
      return answer.bytes;
    }
    try (InputStream in = body.asInputStream()) {
      return in.readAllBytes();
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
