package dev.chat2desk4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files both servers start from: the fake's seed, and WireMock stubs whose bodies are the
 * fake's own answers to the benchmark routes, captured from a fake started once for that purpose.
 *
 * @param directory the workspace, under {@code target/}
 * @param seed the fake's seed file
 * @param wireMockRoot WireMock's {@code --root-dir}
 * @param bodies the captured answer of each route
 */
record BenchWorkspace(
    Path directory, Path seed, Path wireMockRoot, Map<BenchRoute, String> bodies) {

  /** Creates the workspace in a fresh directory under {@code target/bench-work}. */
  static BenchWorkspace create() throws IOException, InterruptedException {
    Path base = Path.of("target", "bench-work");
    Files.createDirectories(base);
    Path directory = Files.createTempDirectory(base.toAbsolutePath(), "run-");
    Path seed = BenchSeed.write(directory);
    Path root = directory.resolve("wiremock");
    Files.createDirectories(root.resolve("mappings"));
    Files.createDirectories(root.resolve("__files"));
    BenchWorkspace workspace = new BenchWorkspace(directory, seed, root, Map.of());
    Map<BenchRoute, String> bodies = workspace.captureFakeAnswers();
    writeStubs(root, bodies);
    return new BenchWorkspace(directory, seed, root, bodies);
  }

  private Map<BenchRoute, String> captureFakeAnswers() throws IOException, InterruptedException {
    Map<BenchRoute, String> bodies = new LinkedHashMap<>();
    try (ServerProcess fake = ServerProcess.start(ServerKind.FAKE, this)) {
      fake.awaitFirstAnswer(Duration.ofSeconds(30));
      try (RawHttpConnection connection = new RawHttpConnection(fake.port(), 5_000)) {
        for (BenchRoute route : BenchRoute.ALL) {
          RawHttpConnection.RawResponse response =
              connection.exchange(route.requestBytes(fake.port(), BenchSeed.TOKEN));
          if (response.status() != 200) {
            throw new IOException(route.name() + " answered " + response.status());
          }
          bodies.put(route, response.bodyText());
        }
      }
    }
    return bodies;
  }

  private static void writeStubs(Path root, Map<BenchRoute, String> bodies) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    int number = 1;
    for (Map.Entry<BenchRoute, String> entry : bodies.entrySet()) {
      BenchRoute route = entry.getKey();
      ObjectNode stub = mapper.createObjectNode();
      ObjectNode request = stub.putObject("request");
      request.put("method", route.method()).put("url", route.target());
      request.putObject("headers").putObject("Authorization").put("equalTo", BenchSeed.TOKEN);
      ObjectNode response = stub.putObject("response");
      response.put("status", 200).put("body", entry.getValue());
      response.putObject("headers").put("Content-Type", "application/json;charset=utf-8");
      Path file = root.resolve("mappings").resolve("route-" + number++ + ".json");
      mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), stub);
    }
  }
}
