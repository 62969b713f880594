package dev.chat2desk4j.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Cold start: the time from launching a fresh JVM with a server's runnable jar to the first {@code
 * GET /v1/clients?limit=20} answered with 200, for the fake and for WireMock (see {@link
 * ServerKind}) with the same answer as a stub, in rotating order. Prints every run and the medians,
 * and when each server first accepted a connection, which splits starting up from answering.
 *
 * <p>Options: {@code --runs=7}.
 */
public final class ColdStartBenchmark {

  private ColdStartBenchmark() {}

  /** Runs the benchmark; see the class description for the options. */
  public static void main(String[] args) throws Exception {
    BenchArgs options = new BenchArgs(args);
    int runs = options.integer("runs", 7);
    options.requireAllUsed();
    BenchWorkspace workspace = BenchWorkspace.create();
    Map<ServerKind, List<Double>> millis = new EnumMap<>(ServerKind.class);
    Map<ServerKind, List<Double>> acceptMillis = new EnumMap<>(ServerKind.class);
    for (ServerKind kind : ServerKind.values()) {
      millis.put(kind, new ArrayList<>());
      acceptMillis.put(kind, new ArrayList<>());
    }
    for (int run = 1; run <= runs; run++) {
      List<ServerKind> order = new ArrayList<>(List.of(ServerKind.values()));
      Collections.rotate(order, -(run - 1));
      for (ServerKind kind : order) {
        try (ServerProcess server = ServerProcess.start(kind, workspace)) {
          double took = server.awaitFirstAnswer(Duration.ofSeconds(60)).toNanos() / 1e6;
          double accepted = server.firstAccepted().toNanos() / 1e6;
          millis.get(kind).add(took);
          acceptMillis.get(kind).add(accepted);
          System.out.printf(
              "run %d  %-21s %7.0f ms (first connection accepted at %.0f ms)%n",
              run, kind.label(), took, accepted);
        }
      }
    }
    double fake = Stats.median(millis.get(ServerKind.FAKE));
    System.out.println();
    System.out.println(
        "| Server | Runs (ms) | Median (ms) | Fake's median / this median"
            + " | Median first accepted connection (ms) |");
    System.out.println("|---|---|---:|---:|---:|");
    for (ServerKind kind : ServerKind.values()) {
      double median = Stats.median(millis.get(kind));
      System.out.printf(
          "| %s | %s | %.0f | %.2f | %.0f |%n",
          kind.label(),
          millis.get(kind).stream().map(v -> String.format("%.0f", v)).toList(),
          median,
          fake / median,
          Stats.median(acceptMillis.get(kind)));
    }
  }
}
