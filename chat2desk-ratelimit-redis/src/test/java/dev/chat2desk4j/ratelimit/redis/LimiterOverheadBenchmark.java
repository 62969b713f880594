package dev.chat2desk4j.ratelimit.redis;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.resilience.AccountRateLimiter.Permits;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What a permit costs per call, the account-wide limiter on a {@code redis-server} over loopback
 * (started here, from PATH) beside the per-process Resilience4j limiter, in one run: each alone,
 * and a whole {@link ResilientChat2Desk} call over an in-memory delegate with each. JMH's sample
 * mode gives the percentiles. Both limiters have budgets the benchmark never spends, so they are
 * asked but never wait.
 *
 * <p>Run it, from the project root, with:
 *
 * <pre>
 * ./mvnw -B -q -pl chat2desk-ratelimit-redis test-compile exec:exec@overhead-benchmark
 * </pre>
 *
 * <p>It is not a unit test: surefire never picks it up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LimiterOverheadBenchmark {

  private static final String TOKEN = "benchmark-token";
  private static final Page<Client> CLIENTS =
      new Page<>(List.of(Client.of(42, "Anna", "79001234567")), 1, 20, 0);

  private RedisServer redis;
  private RedisAccountRateLimiter accountWide;
  private Permits accountWidePermits;
  private RateLimiter perProcess;
  private Chat2Desk withPerProcess;
  private Chat2Desk withAccountWide;

  /** Starts Redis and builds both limiters and both clients once per run. */
  @Setup
  public void setUp() throws IOException {
    redis = RedisServer.startedOnFreePort();
    accountWide =
        RedisAccountRateLimiter.builder()
            .redis(redis.uri())
            .secret("benchmark-secret-" + UUID.randomUUID())
            .defaultLimit(AccountLimit.of(AccountLimit.MAX_RATE, AccountLimit.MAX_BURST))
            .build();
    accountWidePermits = accountWide.account(TOKEN);
    RateLimiterConfig unspent =
        RateLimiterConfig.custom()
            .limitForPeriod(1_000_000_000)
            .limitRefreshPeriod(Duration.ofSeconds(1))
            .timeoutDuration(Duration.ZERO)
            .build();
    perProcess = RateLimiter.of("benchmark", unspent);
    withPerProcess = ResilientChat2Desk.wrap(new Constant()).rateLimiter(unspent).build();
    withAccountWide =
        ResilientChat2Desk.wrap(new Constant())
            .rateLimiter(unspent)
            .accountRateLimiter(accountWide, TOKEN)
            .build();
  }

  /** Stops Redis. */
  @TearDown
  public void tearDown() {
    accountWide.close();
    redis.stop();
  }

  /** A permit of Resilience4j's limiter in this process. */
  @Benchmark
  public boolean permitPerProcess() {
    return perProcess.acquirePermission();
  }

  /** A permit of the account's bucket in Redis. */
  @Benchmark
  public boolean permitAccountWide() {
    return accountWidePermits.acquire(Duration.ZERO);
  }

  /** A resilient call with the per-process limiter (the default). */
  @Benchmark
  public Page<Client> callPerProcess() {
    return withPerProcess.listClients();
  }

  /** A resilient call with the account-wide limiter. */
  @Benchmark
  public Page<Client> callAccountWide() {
    return withAccountWide.listClients();
  }

  /** Runs the benchmark; JMH options (such as {@code -i 3}) are passed through. */
  public static void main(String[] args) throws Exception {
    new Runner(
            new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(LimiterOverheadBenchmark.class.getSimpleName())
                .build())
        .run();
  }

  /** An in-memory delegate answering one prepared page, so only the decoration is measured. */
  private static final class Constant implements Chat2Desk {
    @Override
    @SuppressWarnings("unchecked")
    public <R> R execute(Chat2DeskRequest<R> request) {
      return (R) CLIENTS;
    }

    @Override
    public Chat2Desk withToken(String token) {
      return this;
    }

    @Override
    public void close() {}
  }
}
