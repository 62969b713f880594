package dev.chat2desk4j.resilience.bench;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What {@link ResilientChat2Desk} costs per call over an in-memory delegate: the bare delegate and
 * the decorated one with every policy on (retry, circuit breaker, rate limiter, bulkhead) and
 * metrics recorded in a {@link SimpleMeterRegistry}, measured in the same run. The rate limiter has
 * a permit budget the benchmark never exhausts, so it is exercised but never waits. The target is
 * an overhead under 1 µs per call.
 *
 * <p>Run it, from the project root, with:
 *
 * <pre>
 * ./mvnw -B -q -pl chat2desk-resilience test-compile exec:exec@overhead-benchmark
 * </pre>
 *
 * <p>It is not a unit test: surefire never picks it up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecoratorOverheadBenchmark {

  private static final SendMessage SEND = SendMessage.of(42, "Your order has shipped");
  private static final ListClients LIST = ListClients.of();

  private Chat2Desk bare;
  private Chat2Desk resilient;
  private Chat2Desk resilientWithoutMetrics;

  /** Builds both clients once per run. */
  @Setup
  public void setUp() {
    bare = new ConstantChat2Desk();
    resilient = policies().meterRegistry(new SimpleMeterRegistry()).build();
    resilientWithoutMetrics = policies().build();
  }

  private static ResilientChat2Desk.Builder policies() {
    return ResilientChat2Desk.wrap(new ConstantChat2Desk())
        .rateLimiter(
            RateLimiterConfig.custom()
                .limitForPeriod(1_000_000_000)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build());
  }

  /** The delegate alone: the baseline. */
  @Benchmark
  public SentMessage bareSendMessage() {
    return bare.sendMessage(SEND);
  }

  /** The delegate behind every policy and the metrics. */
  @Benchmark
  public SentMessage resilientSendMessage() {
    return resilient.sendMessage(SEND);
  }

  /** Every policy without metrics, to tell the policies' share from the meters'. */
  @Benchmark
  public SentMessage resilientWithoutMetricsSendMessage() {
    return resilientWithoutMetrics.sendMessage(SEND);
  }

  /** The delegate alone, for a read. */
  @Benchmark
  public Page<Client> bareListClients() {
    return bare.listClients(LIST);
  }

  /** A read behind every policy and the metrics. */
  @Benchmark
  public Page<Client> resilientListClients() {
    return resilient.listClients(LIST);
  }

  /**
   * Runs this benchmark with the settings of its annotations.
   *
   * @param args JMH command line options that override them, such as {@code -prof gc}
   * @throws Exception when the options are invalid or JMH fails
   */
  public static void main(String[] args) throws Exception {
    new Runner(
            new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(DecoratorOverheadBenchmark.class.getName().replace(".", "\\.") + "\\.")
                .build())
        .run();
  }
}
