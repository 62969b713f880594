package dev.chat2desk4j.quickstart;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.Dialog;
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
 * Walks an integration's everyday calls through {@code ResilientChat2Desk} over {@code
 * FeignChat2Desk}, printing each result and a metrics summary: lists clients, finds or creates a
 * client by phone (twice, to show the second call finds the first one's client), sends that client
 * a message, lists its messages, reassigns its dialog to another operator and lists the transfers.
 * Against a real account it only reads, unless told which client may receive a message; it never
 * creates clients or reassigns dialogs there.
 */
public final class Quickstart {

  static final String DEMO_TOKEN = "demo-token";

  /** The phone the demo finds or creates a client by; the demo data has no client with it. */
  static final String DEMO_PHONE = "+79005550123";

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
      boolean demo = token.equals(DEMO_TOKEN);
      Long recipient =
          demo && settings.sendToClientId() == null ? findOrCreate(chat2desk) : recipient(settings);
      if (recipient != null) {
        SentMessage sent =
            chat2desk.sendMessage(recipient, "Hello from the chat2desk4j quickstart!");
        Printing.sent(out, sent);
        Page<Message> latest =
            chat2desk.listMessages(
                ListMessages.of(recipient).withLimit(10).withOrder(SortOrder.DESC));
        Printing.messages(out, recipient, latest);
        if (demo && sent.dialogId() != null) {
          reassign(chat2desk, sent.dialogId());
        }
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

  // Find-or-create is safe to repeat: the second call reads the client the first one created.
  private Long findOrCreate(Chat2Desk chat2desk) {
    Client first = chat2desk.clients().findOrCreateByPhone(DEMO_PHONE);
    Client again = chat2desk.clients().findOrCreateByPhone(DEMO_PHONE);
    Printing.foundOrCreated(out, DEMO_PHONE, first, again);
    return first.id();
  }

  // Hands the dialog to the first operator who does not hold it; the transfer shows in the list.
  private void reassign(Chat2Desk chat2desk, long dialogId) {
    Dialog dialog = chat2desk.dialogs().get(dialogId);
    chat2desk.operators().list().items().stream()
        .filter(operator -> !Long.valueOf(operator.id()).equals(dialog.operatorId()))
        .findFirst()
        .ifPresent(
            operator ->
                Printing.reassigned(
                    out, dialog, operator, chat2desk.dialogs().reassign(dialogId, operator.id())));
  }

  private Long recipient(Settings settings) {
    if (settings.sendToClientId() == null) {
      out.println(
          "\nNot sending a message: set "
              + Settings.CLIENT_ID
              + " to the id of a client who may receive one.\n");
    }
    return settings.sendToClientId();
  }
}
