package dev.chat2desk4j.feign.hostile;

import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Collects one row per hostile case and HTTP client into {@code target/hostile-report.md}, the
 * table of outcomes and times the suite exists to produce. The file is started afresh by the first
 * row of each test run.
 */
public final class HostileReport {

  private static final Path FILE = Path.of("target", "hostile-report.md");
  private static boolean started;

  private HostileReport() {}

  /** Adds a row: the case, the client, what the call ended with, how long it took. */
  public static synchronized void record(
      String caseName, String client, String outcome, long millis, int requests) {
    String row =
        "| " + caseName + " | " + client + " | " + outcome + " | " + millis + " | " + requests
            + " |\n";
    System.out.print("HOSTILE " + row);
    try {
      Files.createDirectories(FILE.getParent());
      if (!started) {
        started = true;
        Files.writeString(
            FILE,
            "| case | client | outcome | elapsed ms | requests read |\n|---|---|---|---|---|\n",
            StandardCharsets.UTF_8);
      }
      Files.writeString(FILE, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How a row names what a call ended with: type, status, delivered, Retry-After. */
  public static String outcome(Throwable thrown) {
    if (!(thrown instanceof Chat2DeskException failure)) {
      return thrown == null ? "no failure" : "unexpected " + thrown.getClass().getSimpleName();
    }
    StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
    if (failure.status() != 0) {
      text.append(" HTTP ").append(failure.status());
    }
    if (failure instanceof TransportException transport) {
      text.append(", delivered=").append(transport.mayHaveBeenDelivered());
    }
    if (failure instanceof InvalidResponseException invalid) {
      text.append(", delivered=").append(invalid.mayHaveBeenDelivered());
    }
    failure.retryAfter().ifPresent(wait -> text.append(", retryAfter=").append(wait));
    return text.toString();
  }
}
