package dev.chat2desk4j.publishcheck;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Central Portal's upload endpoint on 127.0.0.1, so the release profile's real publish step
 * runs to the end (bundle built, then uploaded) without reaching Central.
 */
final class FakeCentral implements AutoCloseable {

  /** One upload as received: the query, the Authorization header and the multipart body. */
  record Upload(String query, String authorization, byte[] body) {}

  private final HttpServer server;
  private final List<Upload> uploads = new CopyOnWriteArrayList<>();

  private FakeCentral(HttpServer server) {
    this.server = server;
  }

  static FakeCentral start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FakeCentral central = new FakeCentral(server);
    server.createContext(
        "/api/v1/publisher/upload",
        exchange -> {
          try (exchange) {
            central.uploads.add(
                new Upload(
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestBody().readAllBytes()));
            byte[] deploymentId = "release-check-deployment".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, deploymentId.length);
            exchange.getResponseBody().write(deploymentId);
          }
        });
    server.start();
    return central;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Upload> uploads() {
    return List.copyOf(uploads);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
