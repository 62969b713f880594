package dev.chat2desk4j.feign.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/** The scripts of the hostile suite: a well-formed answer and every way to break one. */
public final class Scripts {

  private Scripts() {}

  /** A well-formed JSON answer that keeps the connection open for the next request. */
  public static Script answer(int status, String body, String... headerLines) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange -> {
      exchange.write(head(status, bytes.length, "application/json", headerLines));
      exchange.write(bytes);
    };
  }

  /** An answer with any content type, such as a proxy's HTML error page. */
  public static Script answerTyped(int status, String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange -> {
      exchange.write(head(status, bytes.length, contentType));
      exchange.write(bytes);
    };
  }

  /** Reads the request and never answers. */
  public static Script stallHeaders() {
    return Exchange::holdUntilClientCloses;
  }

  /** Sends the headers and the first bytes of a body, then nothing more. */
  public static Script stallBody() {
    return exchange -> {
      exchange.write(head(200, 1000, "application/json"));
      exchange.write("{\"data\": [");
      exchange.holdUntilClientCloses();
    };
  }

  /** Sends the headers, then the body one byte every {@code interval}, never ending. */
  public static Script drip(Duration interval) {
    return exchange -> {
      // Under the suite's size cap, so that only time can end the call.
      exchange.write(head(200, 10_000, "application/json"));
      exchange.write("{\"data\": [");
      exchange.drip((byte) ' ', interval);
    };
  }

  /** Resets the connection as soon as it is accepted, before reading any request. */
  public static Script resetBeforeRequest() {
    return new Script() {
      @Override
      public boolean beforeRequest() {
        return true;
      }

      @Override
      public void play(Exchange exchange) throws IOException {
        exchange.reset();
      }
    };
  }

  /** Reads the whole request, then resets the connection without answering. */
  public static Script resetAfterRequest() {
    return Exchange::reset;
  }

  /** Reads the request, then answers with bytes that are not HTTP and closes. */
  public static Script garbage() {
    return exchange -> {
      exchange.write("SSH-2.0-OpenSSH_9.6\r\n\u0000\u0001\u0002 not http at all\r\n\r\n");
      exchange.close();
    };
  }

  /** Announces a body of 100 bytes, sends 10 and closes. */
  public static Script truncated() {
    return exchange -> {
      exchange.write(head(200, 100, "application/json"));
      exchange.write("{\"data\": [");
      exchange.close();
    };
  }

  /** A body of {@code size} bytes, announced by {@code Content-Length} or sent chunked. */
  public static Script oversized(int size, boolean declared) {
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[size - 1] = '}';
    return exchange -> {
      if (declared) {
        exchange.write(head(200, size, "application/json"));
        exchange.write(body);
        return;
      }
      exchange.write(
          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n");
      for (int offset = 0; offset < size; offset += 8192) {
        int length = Math.min(8192, size - offset);
        exchange.write(Integer.toHexString(length) + "\r\n");
        exchange.write(Arrays.copyOfRange(body, offset, offset + length));
        exchange.write("\r\n");
      }
      exchange.write("0\r\n\r\n");
    };
  }

  private static String head(int status, long length, String contentType, String... extra) {
    StringBuilder head =
        new StringBuilder("HTTP/1.1 ")
            .append(status)
            .append(status == 200 ? " OK" : " Hostile")
            .append("\r\nContent-Type: ")
            .append(contentType)
            .append("\r\nContent-Length: ")
            .append(length)
            .append("\r\n");
    for (String line : extra) {
      head.append(line).append("\r\n");
    }
    return head.append("\r\n").toString();
  }
}
