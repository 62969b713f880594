package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Requests that Jetty refuses before any route runs still get the API's error envelope. */
class JettyErrorsTest extends FixtureServerTest {

  @Test
  void malformedUri_answers400Envelope() throws IOException {
    String response =
        Http.raw(server.port(), "GET /v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 400 ");
    assertThat(response).contains("application/json");
    assertThat(response).endsWith("{\"status\":\"error\",\"message\":\"Bad request\"}");
  }

  @Test
  void headersTooLarge_answers431Envelope() throws IOException {
    String big = "a".repeat(20_000);

    String response =
        Http.raw(
            server.port(),
            "GET /v1/clients HTTP/1.1\r\nHost: x\r\nX-Big: "
                + big
                + "\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 431 ");
    assertThat(response)
        .endsWith("{\"status\":\"error\",\"message\":\"Request headers are too large\"}");
  }
}
