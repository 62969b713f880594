package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests that Jetty refuses before any route runs still get the API's error envelope. */
class JettyErrorsTest {

  private static Chat2DeskMockServer server;

  @BeforeAll
  static void start() {
    server = Fixtures.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void malformedUri_answers400Envelope() throws IOException {
    String response = raw("GET /v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 400 ");
    assertThat(response).contains("application/json");
    assertThat(response).endsWith("{\"status\":\"error\",\"message\":\"Bad request\"}");
  }

  @Test
  void headersTooLarge_answers431Envelope() throws IOException {
    String big = "a".repeat(20_000);

    String response =
        raw(
            "GET /v1/clients HTTP/1.1\r\nHost: x\r\nX-Big: "
                + big
                + "\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 431 ");
    assertThat(response)
        .endsWith("{\"status\":\"error\",\"message\":\"Request headers are too large\"}");
  }

  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
