package dev.chat2desk4j.mock;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver for tests on 127.0.0.1, port 0: keeps every request it took, and fails the
 * first {@code failFirst} requests with 503, or never answers while {@code stalled}.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as received. */
  record Received(byte[] body, String eventId, String signature) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft;
  private final CountDownLatch release = new CountDownLatch(1);
  private final boolean stall;

  private WebhookReceiver(int failFirst, boolean stall) throws IOException {
    this.failuresLeft = new AtomicInteger(failFirst);
    this.stall = stall;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  static WebhookReceiver answering() throws IOException {
    return new WebhookReceiver(0, false);
  }

  static WebhookReceiver failingFirst(int attempts) throws IOException {
    return new WebhookReceiver(attempts, false);
  }

  static WebhookReceiver neverAnswering() throws IOException {
    return new WebhookReceiver(0, true);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    if (stall) {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
      return;
    }
    if (failuresLeft.getAndDecrement() > 0) {
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
      return;
    }
    received.add(
        new Received(
            body,
            exchange.getRequestHeaders().getFirst("X-Chat2Desk-Event-Id"),
            exchange.getRequestHeaders().getFirst("X-Chat2Desk-Signature")));
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
