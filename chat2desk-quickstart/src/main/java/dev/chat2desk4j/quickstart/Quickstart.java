package dev.chat2desk4j.quickstart;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transfer;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;

/**
 * Lists clients, sends a message, lists that client's messages and lists transfers through {@code
 * ResilientChat2Desk} over {@code FeignChat2Desk}, printing each result and a metrics summary.
 */
public final class Quickstart {

  static final String DEMO_TOKEN = "demo-token";

  private final PrintStream out;

  Quickstart(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the quickstart against the embedded fake server, or against the account named by {@code
   * CHAT2DESK_TOKEN} (and {@code CHAT2DESK_BASE_URL}) when set.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    int status;
    try {
      status = new Quickstart(System.out).run(Settings.fromEnvironment(System.getenv()));
    } catch (IllegalArgumentException e) {
      System.err.println("quickstart: " + e.getMessage());
      status = 2;
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  int run(Settings settings) {
    if (!settings.embedded()) {
      return tour(settings, settings.token());
    }
    try (Chat2DeskMockServer server =
        Chat2DeskMockServer.builder().token(DEMO_TOKEN).seed(Seed.demo()).build().start()) {
      out.println("Embedded fake Chat2Desk with demo data at " + server.baseUrl());
      return tour(
          new Settings(DEMO_TOKEN, server.baseUrl(), settings.sendToClientId()), DEMO_TOKEN);
    }
  }

  private int tour(Settings settings, String token) {
    MeterRegistry registry = new SimpleMeterRegistry();
    FeignChat2Desk.Builder http = FeignChat2Desk.builder().token(token);
    if (settings.baseUrl() != null) {
      http.baseUrl(settings.baseUrl());
    }
    try (Chat2Desk chat2desk =
        ResilientChat2Desk.wrap(http.build()).meterRegistry(registry).build()) {
      out.println("Talking to " + chat2desk + "\n");
      Page<Client> clients = chat2desk.listClients();
      Printing.clients(out, clients);
      Long recipient = recipient(settings, clients);
      if (recipient != null) {
        SentMessage sent =
            chat2desk.sendMessage(recipient, "Hello from the chat2desk4j quickstart!");
        Printing.sent(out, sent);
        Page<Message> latest =
            chat2desk.listMessages(
                ListMessages.of(recipient).withLimit(10).withOrder(SortOrder.DESC));
        Printing.messages(out, recipient, latest);
      }
      Page<Transfer> transfers = chat2desk.listTransfers();
      Printing.transfers(out, transfers);
      Printing.metrics(out, registry);
      return 0;
    } catch (Chat2DeskException e) {
      out.println("\nThe API call failed: " + e.getMessage());
      Printing.metrics(out, registry);
      return 1;
    }
  }

  private Long recipient(Settings settings, Page<Client> clients) {
    if (settings.sendToClientId() != null) {
      return settings.sendToClientId();
    }
    if (!settings.token().equals(DEMO_TOKEN)) {
      out.println(
          "\nNot sending a message: set "
              + Settings.CLIENT_ID
              + " to the id of a client who may receive one.\n");
      return null;
    }
    return clients.items().isEmpty() ? null : clients.items().get(0).id();
  }
}
