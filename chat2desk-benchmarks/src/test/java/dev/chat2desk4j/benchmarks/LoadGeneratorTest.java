package dev.chat2desk4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Seed;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadGeneratorTest {

  @TempDir Path directory;

  private Chat2DeskMockServer server;

  @BeforeEach
  void start() throws IOException {
    Seed seed = Seed.fromFile(BenchSeed.write(directory));
    server = Chat2DeskMockServer.builder().token(BenchSeed.TOKEN).seed(seed).build().start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void run_everyRouteOnTheFake_answersAllWith200() throws InterruptedException {
    LoadGenerator generator = new LoadGenerator(server.port(), BenchSeed.TOKEN, 2);

    for (BenchRoute route : BenchRoute.ALL) {
      LoadResult result = generator.run(route, Duration.ofSeconds(20), 40);

      assertThat(result.errors()).as(route.name()).isZero();
      assertThat(result.requests()).as(route.name()).isEqualTo(40);
      assertThat(result.p99Micros()).isGreaterThanOrEqualTo(result.p50Micros()).isPositive();
    }
  }

  @Test
  void run_wrongToken_countsErrors() throws InterruptedException {
    LoadGenerator generator = new LoadGenerator(server.port(), "not-a-token", 1);

    LoadResult result = generator.run(BenchRoute.LIST_CLIENTS, Duration.ofSeconds(20), 5);

    assertThat(result.requests()).isZero();
    assertThat(result.errors()).isEqualTo(5);
  }
}
