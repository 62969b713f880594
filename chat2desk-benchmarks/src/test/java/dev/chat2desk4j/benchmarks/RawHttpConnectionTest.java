package dev.chat2desk4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RawHttpConnectionTest {

  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/chunked",
        exchange -> {
          // A length of 0 makes the JDK server answer in chunks.
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write("{\"status\":".getBytes(StandardCharsets.UTF_8));
            body.flush();
            body.write("\"success\"}".getBytes(StandardCharsets.UTF_8));
          }
        });
    server.createContext(
        "/missing",
        exchange -> {
          byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(404, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void exchange_chunkedAnswers_wholeBodiesOnOneConnection() throws IOException {
    int port = server.getAddress().getPort();
    byte[] request = new BenchRoute("chunked", "GET", "/chunked", null).requestBytes(port, "t");

    try (RawHttpConnection connection = new RawHttpConnection(port, 5_000)) {
      RawHttpConnection.RawResponse first = connection.exchange(request);
      RawHttpConnection.RawResponse second = connection.exchange(request);

      assertThat(first.status()).isEqualTo(200);
      assertThat(first.bodyText()).isEqualTo("{\"status\":\"success\"}");
      assertThat(second.bodyText()).isEqualTo(first.bodyText());
    }
  }

  @Test
  void exchange_sizedErrorAnswer_statusAndBody() throws IOException {
    int port = server.getAddress().getPort();
    byte[] request = new BenchRoute("missing", "POST", "/missing", "{}").requestBytes(port, "t");

    try (RawHttpConnection connection = new RawHttpConnection(port, 5_000)) {
      RawHttpConnection.RawResponse response = connection.exchange(request);

      assertThat(response.status()).isEqualTo(404);
      assertThat(response.bodyText()).isEqualTo("{}");
    }
  }
}
