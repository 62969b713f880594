package dev.chat2desk4j.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the cases of one JMH benchmark class (see {@link JmhCase}) in several rounds, one fork per
 * case per round, in a rotating order, so that a case and its baseline are measured minutes apart
 * at most even when other work shares the machine. Prints each round, then per case the median
 * score over the rounds and the median of the per-round ratios to the baseline.
 *
 * <p>Usage: {@code JmhBenchmarks <ClassSimpleName> [--rounds=N] [JMH options]}, such as {@code -wi
 * 2 -i 3}.
 */
public final class JmhBenchmarks {

  private JmhBenchmarks() {}

  /** Runs the named benchmark class of this package with JMH. */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("Name the benchmark class, such as MessageStoreBenchmark");
    }
    String benchmarkClass = args[0];
    List<JmhCase> cases = JmhCase.of(benchmarkClass);
    int rounds = 3;
    List<String> jmhArgs = new ArrayList<>();
    for (String arg : Arrays.asList(args).subList(1, args.length)) {
      if (arg.startsWith("--rounds=")) {
        rounds = Integer.parseInt(arg.substring("--rounds=".length()));
      } else if (!arg.isBlank()) {
        jmhArgs.add(arg);
      }
    }
    CommandLineOptions commandLine = new CommandLineOptions(jmhArgs.toArray(String[]::new));
    Map<JmhCase, List<Double>> scores = new LinkedHashMap<>();
    cases.forEach(c -> scores.put(c, new ArrayList<>()));
    String unit = "";
    for (int round = 1; round <= rounds; round++) {
      List<JmhCase> order = new ArrayList<>(cases);
      Collections.rotate(order, -(round - 1));
      for (JmhCase jmhCase : order) {
        RunResult result = run(benchmarkClass, jmhCase, commandLine);
        double score = median(result);
        unit = result.getPrimaryResult().getScoreUnit();
        scores.get(jmhCase).add(score);
        System.out.printf("round %d  %-22s %12.3f %s%n", round, jmhCase.label(), score, unit);
      }
    }
    printSummary(scores, unit);
  }

  private static RunResult run(String benchmarkClass, JmhCase jmhCase, CommandLineOptions parent)
      throws Exception {
    String name = JmhBenchmarks.class.getPackageName() + "." + benchmarkClass;
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .parent(parent)
            .include("^" + Pattern.quote(name + "." + jmhCase.method()) + "$")
            .forks(1)
            .verbosity(VerboseMode.SILENT);
    jmhCase.params().forEach(options::param);
    Collection<RunResult> results = new Runner(options.build()).run();
    if (results.size() != 1) {
      throw new IllegalStateException("Expected one result for " + jmhCase + ": " + results);
    }
    return results.iterator().next();
  }

  private static void printSummary(Map<JmhCase, List<Double>> scores, String unit) {
    List<Double> baseline = scores.values().iterator().next();
    System.out.println();
    System.out.println("Medians over the rounds; ratio = this case / the first case, per round.");
    System.out.println();
    System.out.printf("| Case | Median (%s) | Median ratio | Ratios per round |%n", unit);
    System.out.println("|---|---:|---:|---|");
    for (Map.Entry<JmhCase, List<Double>> entry : scores.entrySet()) {
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < entry.getValue().size(); i++) {
        ratios.add(entry.getValue().get(i) / baseline.get(i));
      }
      System.out.printf(
          "| %s | %.3f | %.3f | %s |%n",
          entry.getKey().label(),
          Stats.median(entry.getValue()),
          Stats.median(ratios),
          ratios.stream().map(r -> String.format("%.2f", r)).toList());
    }
  }

  /** The median of every measurement iteration of a run. */
  private static double median(RunResult result) {
    List<Double> iterations = new ArrayList<>();
    for (BenchmarkResult fork : result.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        iterations.add(iteration.getPrimaryResult().getScore());
      }
    }
    return Stats.median(iterations);
  }
}
