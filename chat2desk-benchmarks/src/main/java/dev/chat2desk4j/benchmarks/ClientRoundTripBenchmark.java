package dev.chat2desk4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.feign.HttpClientChoice;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

/**
 * One {@code listClients(limit 20)} round trip to the fake server in the same JVM, over loopback,
 * through each client stack, against the baseline: a bare JDK {@link HttpClient} call whose JSON
 * Jackson parses into the same {@link Client} records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 30 s: on a slow 2-core machine both the client stacks and the fake in the same fork took 10 s
// and more of calls to reach steady state, and 3 s left the baseline at four times its speed.
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ClientRoundTripBenchmark {

  private Chat2DeskMockServer server;
  private HttpClient bareClient;
  private HttpRequest bareRequest;
  private ObjectMapper mapper;
  private Chat2Desk feignJdk;
  private Chat2Desk feignOkHttp;
  private Chat2Desk feignHc5;
  private Chat2Desk resilient;
  private Chat2Desk resilientHc5;
  private ListClients request;

  /** Starts the fake server with the benchmark data and builds every client. */
  @Setup
  public void start() throws IOException {
    Path seedDirectory = Files.createTempDirectory("bench-seed");
    Seed seed = Seed.fromFile(BenchSeed.write(seedDirectory));
    server = Chat2DeskMockServer.builder().token(BenchSeed.TOKEN).seed(seed).build().start();
    URI baseUrl = server.baseUrl();
    bareClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    bareRequest =
        HttpRequest.newBuilder(baseUrl.resolve("/v1/clients?limit=20"))
            .header("Authorization", BenchSeed.TOKEN)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    mapper = new ObjectMapper();
    feignJdk = feign(baseUrl, HttpClientChoice.jdk());
    feignOkHttp = feign(baseUrl, HttpClientChoice.okHttp());
    feignHc5 = feign(baseUrl, HttpClientChoice.apacheHc5());
    resilient = resilient(feign(baseUrl, HttpClientChoice.jdk()));
    resilientHc5 = resilient(feign(baseUrl, HttpClientChoice.apacheHc5()));
    request = ListClients.of().withLimit(20);
    Files.deleteIfExists(seedDirectory.resolve("bench-seed.json"));
    Files.deleteIfExists(seedDirectory);
  }

  private static Chat2Desk feign(URI baseUrl, HttpClientChoice choice) {
    return FeignChat2Desk.builder()
        .token(BenchSeed.TOKEN)
        .baseUrl(baseUrl)
        .httpClient(choice)
        .build();
  }

  /** The full stack: every policy at its default but the rate, metrics in a simple registry. */
  private static Chat2Desk resilient(Chat2Desk delegate) {
    return ResilientChat2Desk.wrap(delegate)
        // The default 10 requests a second is the real API's limit; here it would only measure
        // the limiter's waiting.
        .rateLimiter(
            RateLimiterConfig.custom()
                .limitForPeriod(1_000_000)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofSeconds(5))
                .build())
        .meterRegistry(new SimpleMeterRegistry())
        .build();
  }

  /** Closes every client and the server. */
  @TearDown
  public void stop() {
    resilientHc5.close();
    resilient.close();
    feignHc5.close();
    feignOkHttp.close();
    feignJdk.close();
    server.close();
  }

  /** The baseline: a JDK HttpClient call, its JSON parsed with Jackson into client records. */
  @Benchmark
  public List<Client> bareJdkHttpClient() throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        bareClient.send(bareRequest, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Answered " + response.statusCode());
    }
    JsonNode data = mapper.readTree(response.body()).get("data");
    List<Client> clients = new ArrayList<>(data.size());
    for (JsonNode node : data) {
      clients.add(
          Client.of(
              node.get("id").asLong(), node.get("name").asText(), node.get("phone").asText()));
    }
    return clients;
  }

  /** FeignChat2Desk over the JDK HttpClient (its default). */
  @Benchmark
  public Page<Client> feignJdk() {
    return feignJdk.listClients(request);
  }

  /** FeignChat2Desk over OkHttp. */
  @Benchmark
  public Page<Client> feignOkHttp() {
    return feignOkHttp.listClients(request);
  }

  /** FeignChat2Desk over Apache HttpClient 5. */
  @Benchmark
  public Page<Client> feignHc5() {
    return feignHc5.listClients(request);
  }

  /** The full stack: ResilientChat2Desk (retry, guards, metrics) over FeignChat2Desk on JDK. */
  @Benchmark
  public Page<Client> resilientOverFeignJdk() {
    return resilient.listClients(request);
  }

  /** The full stack over Apache HttpClient 5. */
  @Benchmark
  public Page<Client> resilientOverFeignHc5() {
    return resilientHc5.listClients(request);
  }
}
