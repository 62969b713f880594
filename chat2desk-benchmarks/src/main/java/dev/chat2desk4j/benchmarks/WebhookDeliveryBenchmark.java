package dev.chat2desk4j.benchmarks;

import com.sun.net.httpserver.HttpServer;
import dev.chat2desk4j.api.CreateWebhook;
import dev.chat2desk4j.api.DeleteWebhook;
import dev.chat2desk4j.api.Webhook;
import dev.chat2desk4j.api.WebhookEvent;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Customer;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.WebhookBook;
import dev.chat2desk4j.mock.webhook.DeliveryCounts;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Webhook delivery of the fake on loopback: the latency from "a customer writes" to the receiver's
 * handler (p50/p99), and the API's throughput ({@code POST /v1/messages}, each firing an {@code
 * outbox}) without a webhook, with an answering one and with one that never answers, in the same
 * run, in rounds.
 *
 * <p>Options: {@code --rounds=3 --warmup=1000 --messages=5000 --connections=8 --seconds=10}.
 */
public final class WebhookDeliveryBenchmark {

  private static final String TOKEN = "bench-token";

  private WebhookDeliveryBenchmark() {}

  /** Runs the rounds and prints each figure. */
  public static void main(String[] args) throws Exception {
    BenchArgs options = new BenchArgs(args);
    int rounds = options.integer("rounds", 3);
    int warmup = options.integer("warmup", 1000);
    int messages = options.integer("messages", 5000);
    int connections = options.integer("connections", 8);
    int seconds = options.integer("seconds", 10);
    options.requireAllUsed();
    for (int round = 1; round <= rounds; round++) {
      try (Chat2DeskMockServer server = Chat2DeskMockServer.builder().token(TOKEN).build().start();
          Receiver answering = new Receiver(false);
          Receiver silent = new Receiver(true)) {
        MockAccount account = server.state().account(TOKEN);
        account.createClient("Anna", "79000000001");
        long boris = account.createClient("Boris", "79000000002").id();
        latency(
            round,
            account.customer(boris),
            account.reference().webhooks(),
            answering,
            warmup,
            messages);
        throughput(
            round,
            server,
            account.reference().webhooks(),
            answering,
            silent,
            connections,
            Duration.ofSeconds(seconds));
      }
    }
  }

  private static void latency(
      int round, Customer customer, WebhookBook hooks, Receiver receiver, int warmup, int messages)
      throws InterruptedException {
    Webhook hook = hooks.create(CreateWebhook.of(receiver.url(), WebhookEvent.INBOX));
    long[] took = new long[messages];
    for (int i = 0; i < warmup + messages; i++) {
      long start = System.nanoTime();
      customer.writes("Where is my order?");
      Long handled = receiver.arrivals.poll(10, TimeUnit.SECONDS);
      if (handled == null) {
        throw new IllegalStateException("No delivery within 10 s");
      }
      if (i >= warmup) {
        took[i - warmup] = handled - start;
      }
    }
    hooks.delete(DeleteWebhook.of(hook.id()));
    Arrays.sort(took);
    System.out.printf(
        "round %d: customer writes -> receiver handler, %d deliveries: p50 %.3f ms, p99 %.3f ms%n",
        round, messages, Stats.percentile(took, 50) / 1e6, Stats.percentile(took, 99) / 1e6);
  }

  private static void throughput(
      int round,
      Chat2DeskMockServer server,
      WebhookBook hooks,
      Receiver answering,
      Receiver silent,
      int connections,
      Duration limit)
      throws InterruptedException {
    LoadGenerator load = new LoadGenerator(server.port(), TOKEN, connections);
    load.run(BenchRoute.SEND_MESSAGE, Duration.ofSeconds(5), Long.MAX_VALUE);
    report(round, "no webhook", load.run(BenchRoute.SEND_MESSAGE, limit, Long.MAX_VALUE), null);
    for (Receiver receiver : new Receiver[] {answering, silent}) {
      Webhook hook = hooks.create(CreateWebhook.of(receiver.url(), WebhookEvent.OUTBOX));
      server.webhooks().clear();
      LoadResult result = load.run(BenchRoute.SEND_MESSAGE, limit, Long.MAX_VALUE);
      report(
          round,
          receiver.silent ? "a never-answering webhook" : "an answering webhook",
          result,
          server.webhooks().counts());
      hooks.delete(DeleteWebhook.of(hook.id()));
    }
  }

  private static void report(int round, String what, LoadResult result, DeliveryCounts counts) {
    System.out.printf(
        "round %d: POST /v1/messages with %s: %.0f req/s (p50 %d us, p99 %d us, %d errors)%s%n",
        round,
        what,
        result.requests() / result.seconds(),
        result.p50Micros(),
        result.p99Micros(),
        result.errors(),
        counts == null
            ? ""
            : String.format(
                "; deliveries: %d delivered, %d queued, %d dropped",
                counts.delivered(), counts.queued(), counts.dropped()));
  }

  /** A loopback receiver that notes when its handler starts, or never answers. */
  private static final class Receiver implements AutoCloseable {
    final BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
    final boolean silent;
    private final HttpServer http;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    Receiver(boolean silent) throws IOException {
      this.silent = silent;
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      http.setExecutor(threads);
      http.createContext(
          "/hook",
          exchange -> {
            long now = System.nanoTime();
            try (InputStream body = exchange.getRequestBody()) {
              body.readAllBytes();
            }
            if (silent) {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            } else {
              arrivals.add(now);
              exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
          });
      http.start();
    }

    String url() {
      return "http://127.0.0.1:" + http.getAddress().getPort() + "/hook";
    }

    @Override
    public void close() {
      release.countDown();
      http.stop(0);
      threads.shutdownNow();
    }
  }
}
