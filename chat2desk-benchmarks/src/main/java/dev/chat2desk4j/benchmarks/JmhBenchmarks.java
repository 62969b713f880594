package dev.chat2desk4j.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs one JMH benchmark class and prints, besides JMH's own table, the median of every measurement
 * iteration over all forks and its ratio to the first benchmark listed (the baseline).
 *
 * <p>Usage: {@code JmhBenchmarks <ClassSimpleName> [JMH options]}, such as {@code -f 1 -wi 2}.
 */
public final class JmhBenchmarks {

  private JmhBenchmarks() {}

  /** Runs the named benchmark class of this package with JMH. */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("Name the benchmark class, such as MessageStoreBenchmark");
    }
    String[] jmhArgs =
        Arrays.stream(args, 1, args.length).filter(arg -> !arg.isBlank()).toArray(String[]::new);
    Options options =
        new OptionsBuilder()
            .parent(new CommandLineOptions(jmhArgs))
            .include(JmhBenchmarks.class.getPackageName() + "." + args[0] + "\\.")
            .build();
    Collection<RunResult> results = new Runner(options).run();
    printMedians(new ArrayList<>(results));
  }

  private static void printMedians(List<RunResult> results) {
    if (results.isEmpty()) {
      return;
    }
    double baseline = median(results.get(0));
    System.out.println();
    System.out.println("| Benchmark | Params | Median | Unit | Ratio to first row |");
    System.out.println("|---|---|---:|---|---:|");
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      double median = median(result);
      System.out.printf(
          "| %s | %s | %.3f | %s | %.3f |%n",
          name.substring(name.lastIndexOf('.') + 1),
          params(result),
          median,
          result.getPrimaryResult().getScoreUnit(),
          median / baseline);
    }
  }

  private static double median(RunResult result) {
    List<Double> scores = new ArrayList<>();
    for (BenchmarkResult fork : result.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        scores.add(iteration.getPrimaryResult().getScore());
      }
    }
    return Stats.median(scores);
  }

  private static String params(RunResult result) {
    List<String> parts = new ArrayList<>();
    for (String key : result.getParams().getParamsKeys()) {
      parts.add(key + "=" + result.getParams().getParam(key));
    }
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }
}
