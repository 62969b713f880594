package dev.chat2desk4j.quickstart;

import com.sun.net.httpserver.HttpServer;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.CreateWebhook;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Webhook;
import dev.chat2desk4j.api.WebhookEvent;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.mock.webhook.DeliveryAttempt;
import dev.chat2desk4j.webhooks.Chat2DeskEvent;
import dev.chat2desk4j.webhooks.Inbox;
import dev.chat2desk4j.webhooks.WebhookEvents;
import dev.chat2desk4j.webhooks.WebhookSignature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The inbound round trip against the embedded fake: a small receiver registers a webhook, a
 * simulated customer writes, the fake POSTs the signed {@code inbox} event, the receiver checks the
 * signature, parses the event and answers through the client, and the conversation is printed.
 */
public final class InboundRoundTrip {

  private static final byte[] SECRET = "quickstart-secret".getBytes(StandardCharsets.UTF_8);

  private final PrintStream out;

  InboundRoundTrip(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the round trip; exits non-zero when the reply did not arrive.
   *
   * @param args ignored
   */
  public static void main(String[] args) throws IOException {
    int status = new InboundRoundTrip(System.out).run();
    if (status != 0) {
      System.exit(status);
    }
  }

  int run() throws IOException {
    try (Chat2DeskMockServer server =
            Chat2DeskMockServer.builder()
                .token(Quickstart.DEMO_TOKEN)
                .seed(Seed.demo())
                .build()
                .start();
        Chat2Desk chat2desk =
            FeignChat2Desk.builder()
                .token(Quickstart.DEMO_TOKEN)
                .baseUrl(server.baseUrl())
                .build()) {
      HttpServer receiver = receiver(chat2desk);
      try {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/chat2desk";
        Webhook hook = chat2desk.webhooks().create(CreateWebhook.of(url, WebhookEvent.INBOX));
        server
            .state()
            .account(Quickstart.DEMO_TOKEN)
            .reference()
            .webhooks()
            .secret(hook.id(), SECRET);
        out.println("Webhook #" + hook.id() + " delivers inbox events to " + url);
        long anna = chat2desk.listClients().items().get(0).id();

        Message written = server.customer(anna).writes("Hi, where is my order?");
        out.println("Customer #" + anna + " writes: " + written.text());

        List<DeliveryAttempt> delivered =
            server.webhooks().verify().delivered(WebhookEvent.INBOX).within(Duration.ofSeconds(10));
        out.printf(
            "Delivered %s to the receiver in %.2f ms%n",
            delivered.get(0).eventId(), delivered.get(0).latency().toNanos() / 1e6);
        Message reply =
            chat2desk.listMessages(ListMessages.of(anna)).items().stream()
                .filter(message -> message.id() > written.id())
                .findFirst()
                .orElse(null);
        if (reply == null) {
          out.println("No reply was sent");
          return 1;
        }
        out.println("The receiver answered: " + reply.text());
        return 0;
      } finally {
        receiver.stop(0);
      }
    }
  }

  /** The application's side: checks the signature, parses the event, answers an inbox. */
  private HttpServer receiver(Chat2Desk chat2desk) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext(
        "/chat2desk",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
          if (!WebhookSignature.verify(body, signature, SECRET)) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
          }
          Chat2DeskEvent event = WebhookEvents.parse(body);
          if (event instanceof Inbox inbox) {
            chat2desk.sendMessage(
                inbox.clientId(), "Thanks for your message! An operator will answer shortly.");
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    http.start();
    return http;
  }
}
