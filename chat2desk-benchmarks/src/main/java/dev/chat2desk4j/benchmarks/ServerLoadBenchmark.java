package dev.chat2desk4j.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Throughput and latency of the fake server against WireMock serving the same bodies as static
 * stubs (see {@link ServerKind}), each started from its runnable jar in a JVM of its own, one at a
 * time, in rotating order over several rounds. In each round every route is warmed up first, then
 * each is loaded in turn through keep-alive connections for a bounded time and request count.
 * Prints every round and the medians.
 *
 * <p>Options: {@code --rounds=5 --connections=4 --warmup-seconds=10 --seconds=5
 * --max-requests=500000}.
 */
public final class ServerLoadBenchmark {

  private ServerLoadBenchmark() {}

  /** Runs the benchmark; see the class description for the options. */
  public static void main(String[] args) throws Exception {
    BenchArgs options = new BenchArgs(args);
    // Five: WireMock's rate on one route moved by up to 2x between rounds of one run.
    int rounds = options.integer("rounds", 5);
    int connections = options.integer("connections", 4);
    Duration warmup = Duration.ofSeconds(options.integer("warmup-seconds", 10));
    Duration measure = Duration.ofSeconds(options.integer("seconds", 5));
    int maxRequests = options.integer("max-requests", 500_000);
    options.requireAllUsed();
    System.out.printf(
        "Server load: %d rounds, %d connections, warm-up %ss, then up to %ss or %d requests"
            + " per route%n",
        rounds, connections, warmup.toSeconds(), measure.toSeconds(), maxRequests);

    BenchWorkspace workspace = BenchWorkspace.create();
    Map<BenchRoute, Map<ServerKind, List<LoadResult>>> results = new LinkedHashMap<>();
    for (BenchRoute route : BenchRoute.ALL) {
      Map<ServerKind, List<LoadResult>> perServer = new EnumMap<>(ServerKind.class);
      for (ServerKind kind : ServerKind.values()) {
        perServer.put(kind, new ArrayList<>());
      }
      results.put(route, perServer);
    }
    for (int round = 1; round <= rounds; round++) {
      List<ServerKind> order = new ArrayList<>(List.of(ServerKind.values()));
      // Each round starts with another server, so that no server always runs first or last.
      Collections.rotate(order, -(round - 1));
      for (ServerKind kind : order) {
        try (ServerProcess server = ServerProcess.start(kind, workspace)) {
          server.awaitFirstAnswer(Duration.ofSeconds(60));
          LoadGenerator generator = new LoadGenerator(server.port(), BenchSeed.TOKEN, connections);
          // Every route is warmed up before any is measured, so that the JIT has compiled the
          // code they share and the first route measured is not the least warmed. On two slow
          // cores the fake took 8-10 s of load on one route to reach steady state; every server
          // gets the same warm-up.
          for (BenchRoute route : BenchRoute.ALL) {
            generator.run(route, warmup, Long.MAX_VALUE);
          }
          for (BenchRoute route : BenchRoute.ALL) {
            LoadResult result = generator.run(route, measure, maxRequests);
            results.get(route).get(kind).add(result);
            System.out.printf(
                "round %d  %-21s %-14s %9.0f req/s  p50 %6d us  p99 %6d us  (%d requests,"
                    + " %d errors, %.1f s)%n",
                round,
                kind.label(),
                route.name(),
                result.requestsPerSecond(),
                result.p50Micros(),
                result.p99Micros(),
                result.requests(),
                result.errors(),
                result.seconds());
          }
        }
      }
    }
    printSummary(results);
  }

  private static void printSummary(Map<BenchRoute, Map<ServerKind, List<LoadResult>>> results) {
    System.out.println();
    System.out.println("Medians over the rounds; ratio = fake req/s / that server's req/s.");
    System.out.println();
    System.out.println("| Route | Server | req/s | p50 (us) | p99 (us) | Fake's ratio |");
    System.out.println("|---|---|---:|---:|---:|---:|");
    for (Map.Entry<BenchRoute, Map<ServerKind, List<LoadResult>>> entry : results.entrySet()) {
      String route = entry.getKey().method() + " " + entry.getKey().target();
      double fakeRate = Stats.median(rates(entry.getValue().get(ServerKind.FAKE)));
      for (ServerKind kind : ServerKind.values()) {
        List<LoadResult> runs = entry.getValue().get(kind);
        double rate = Stats.median(rates(runs));
        System.out.printf(
            "| %s | %s | %.0f | %.0f | %.0f | %s |%n",
            route,
            kind.label(),
            rate,
            Stats.median(runs.stream().map(r -> (double) r.p50Micros()).toList()),
            Stats.median(runs.stream().map(r -> (double) r.p99Micros()).toList()),
            kind == ServerKind.FAKE ? "-" : String.format("%.2fx", fakeRate / rate));
      }
    }
    long errors =
        results.values().stream()
            .flatMap(perServer -> perServer.values().stream())
            .flatMap(List::stream)
            .mapToLong(LoadResult::errors)
            .sum();
    System.out.println("Errors (failed or non-200 requests) over all runs: " + errors);
  }

  private static List<Double> rates(List<LoadResult> results) {
    return results.stream().map(LoadResult::requestsPerSecond).toList();
  }
}
