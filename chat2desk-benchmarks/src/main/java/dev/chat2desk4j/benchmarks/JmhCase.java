package dev.chat2desk4j.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * One measured case of a JMH benchmark class: a benchmark method with fixed parameters.
 *
 * @param label the case's name in reports
 * @param method the {@code @Benchmark} method
 * @param params the {@code @Param} values to fix, empty for none
 */
record JmhCase(String label, String method, Map<String, String> params) {

  /**
   * The cases of a benchmark class of this package, the baseline first.
   *
   * @throws IllegalArgumentException for a class this runner does not know
   */
  static List<JmhCase> of(String benchmarkClass) {
    return switch (benchmarkClass) {
      case "ClientRoundTripBenchmark" ->
          List.of(
              method("bareJdkHttpClient"),
              method("feignJdk"),
              method("feignOkHttp"),
              method("feignHc5"),
              method("resilientOverFeignJdk"),
              method("resilientOverFeignHc5"));
      case "MessageStoreBenchmark" ->
          List.of(
              new JmhCase(
                  "1 000 stored", "latestTwentyOfOneClient", Map.of("storedMessages", "1000")),
              new JmhCase(
                  "1 000 000 stored",
                  "latestTwentyOfOneClient",
                  Map.of("storedMessages", "1000000")));
      default ->
          throw new IllegalArgumentException(
              "Unknown benchmark class "
                  + benchmarkClass
                  + "; known: ClientRoundTripBenchmark, MessageStoreBenchmark");
    };
  }

  private static JmhCase method(String name) {
    return new JmhCase(name, name, Map.of());
  }
}
