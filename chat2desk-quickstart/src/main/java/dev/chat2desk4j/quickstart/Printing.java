package dev.chat2desk4j.quickstart;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Operator;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Transfer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** Renders the quickstart's results as short aligned lines a person reads at a glance. */
final class Printing {

  private Printing() {}

  /** The listing's total, or "?" when the answer did not say. */
  static String total(Page<?> page) {
    return page.total().isPresent() ? Long.toString(page.total().getAsLong()) : "?";
  }

  static void clients(PrintStream out, Page<Client> page) {
    out.printf("Clients (%d of %s):%n", page.items().size(), total(page));
    for (Client client : page.items()) {
      out.printf(
          "  #%-5d %-20s %s%n",
          client.id(), Objects.requireNonNullElse(client.displayName(), "-"), phone(client));
    }
  }

  static void foundOrCreated(PrintStream out, String phone, Client first, Client again) {
    out.printf(
        "%nClient by phone %s: #%d %s; asked again: #%d (%s)%n",
        phone,
        first.id(),
        phone(first),
        again.id(),
        again.id() == first.id() ? "the same client" : "a different client!");
  }

  static void reassigned(PrintStream out, Dialog before, Operator to, Dialog after) {
    out.printf(
        "%nReassigned dialog #%d: operator %s -> #%d %s%n",
        after.id(),
        before.operatorId() == null ? "none" : "#" + before.operatorId(),
        after.operatorId(),
        Objects.requireNonNullElse(to.firstName(), ""));
  }

  static void sent(PrintStream out, SentMessage sent) {
    out.printf(
        "%nSent message #%d to client #%d via %s (dialog %s)%n",
        sent.id(),
        sent.clientId(),
        sent.transport().wireValue(),
        sent.dialogId() == null ? "-" : "#" + sent.dialogId());
  }

  static void messages(PrintStream out, long clientId, Page<Message> page) {
    out.printf("%nLatest messages of client #%d (%s in all):%n", clientId, total(page));
    for (Message message : page.items()) {
      out.printf(
          "  #%-5d %-4s %-11s %s%n",
          message.id(),
          message.isIncoming() ? "in" : "out",
          message.type().wireValue(),
          Objects.requireNonNullElse(message.text(), "(attachment)"));
    }
  }

  static void transfers(PrintStream out, Page<Transfer> page) {
    out.printf("%nDialog transfers (%d of %s):%n", page.items().size(), total(page));
    for (Transfer transfer : page.items()) {
      out.printf(
          "  #%-5d dialog #%d of client #%d: operator %s -> #%d%n",
          transfer.id(),
          transfer.dialogId(),
          transfer.clientId(),
          transfer.fromOperatorId() == null ? "none" : "#" + transfer.fromOperatorId(),
          transfer.toOperatorId());
    }
  }

  static void metrics(PrintStream out, MeterRegistry registry) {
    out.printf("%nMetrics (chat2desk.requests):%n");
    // The decorator registers a timer per operation up front; only those that ran are news.
    registry.find("chat2desk.requests").timers().stream()
        .filter(timer -> timer.count() > 0)
        .sorted(Comparator.comparing(Printing::operation).thenComparing(t -> tag(t, "outcome")))
        .forEach(
            timer ->
                out.printf(
                    "  %-21s %-16s %3d call(s), mean %6.1f ms, max %6.1f ms%n",
                    operation(timer),
                    tag(timer, "outcome"),
                    timer.count(),
                    timer.mean(TimeUnit.MILLISECONDS),
                    timer.max(TimeUnit.MILLISECONDS)));
  }

  private static String operation(Timer timer) {
    return tag(timer, "operation");
  }

  private static String tag(Timer timer, String key) {
    return Objects.requireNonNullElse(timer.getId().getTag(key), "-");
  }

  private static String phone(Client client) {
    return client.phone() == null ? "" : "+" + client.phone();
  }
}
