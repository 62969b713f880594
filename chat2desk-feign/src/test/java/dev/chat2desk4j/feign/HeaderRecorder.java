package dev.chat2desk4j.feign;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback HTTP server that records the last request's headers and body and accepts every
 * message, for checking what a client puts on the wire (the fake's journal keeps no headers).
 */
final class HeaderRecorder implements AutoCloseable {

  private final HttpServer server;
  private final AtomicReference<Headers> headers = new AtomicReference<>();
  private final AtomicReference<String> body = new AtomicReference<>();

  private HeaderRecorder(HttpServer server) {
    this.server = server;
  }

  static HeaderRecorder start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    HeaderRecorder recorder = new HeaderRecorder(server);
    server.createContext(
        "/",
        exchange -> {
          recorder.headers.set(exchange.getRequestHeaders());
          recorder.body.set(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] answer =
              "{\"data\": {\"message_id\": 9}, \"status\": \"success\"}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    return recorder;
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  String header(String name) {
    return headers.get() == null ? null : headers.get().getFirst(name);
  }

  String body() {
    return body.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
