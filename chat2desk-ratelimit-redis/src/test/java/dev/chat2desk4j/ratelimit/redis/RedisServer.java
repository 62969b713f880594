package dev.chat2desk4j.ratelimit.redis;

import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real {@code redis-server} (the Debian package's, found on PATH) for a test class: started on a
 * free 127.0.0.1 port without persistence before the class's tests, stopped after them, and stopped
 * and started again on the same port when a test says so. Without {@code redis-server} on PATH the
 * class is skipped with the reason, unless {@code CI=true}, where that fails the build: CI must run
 * these tests ({@code .ci/run} installs the package).
 */
final class RedisServer implements BeforeAllCallback, AfterAllCallback {

  private static final String EXECUTABLE = "redis-server";

  private static final String MISSING =
      EXECUTABLE + " is not on PATH; install the Debian package redis-server (.ci/run does)";

  private final Map<String, String> environment;
  private Path executable;
  private int port;
  private Process process;

  /** A server found through this process's environment ({@code PATH}, {@code CI}). */
  RedisServer() {
    this(System.getenv());
  }

  /** A server found through the given environment, so that a test can take redis-server away. */
  RedisServer(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Optional<Path> found = onPath(environment);
    if (found.isEmpty()) {
      if ("true".equals(environment.get("CI"))) {
        throw new IllegalStateException("CI=true and " + MISSING);
      }
      Assumptions.abort(MISSING);
    }
    startOnFreePort(found.get());
  }

  /**
   * A server started outside JUnit, for a benchmark; {@link #stop()} it.
   *
   * @throws IllegalStateException when {@code redis-server} is not on PATH
   */
  static RedisServer startedOnFreePort() throws IOException {
    RedisServer server = new RedisServer();
    server.startOnFreePort(
        onPath(System.getenv()).orElseThrow(() -> new IllegalStateException(MISSING)));
    return server;
  }

  private void startOnFreePort(Path found) throws IOException {
    executable = found;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  /** Starts the server on its port and waits until it answers a PING. */
  void start() {
    if (process != null) {
      throw new IllegalStateException("redis-server is already running");
    }
    List<String> command =
        List.of(
            executable.toString(),
            "--port",
            String.valueOf(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            // The slow-store test blocks the server with DEBUG SLEEP.
            "--enable-debug-command",
            "local");
    try {
      Files.createDirectories(Path.of("target"));
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(
                      new File("target/redis-server-" + port + ".log")))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    await("redis-server answering on port " + port)
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .ignoreExceptions()
        .until(this::answersPing);
  }

  /** Stops the server and waits until it has exited. */
  void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } finally {
      process = null;
    }
  }

  /** The server's URI, such as {@code redis://127.0.0.1:40123}. */
  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** The keys the server holds now. */
  List<String> keys() {
    RedisClient client = RedisClient.create(uri());
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      return connection.sync().keys("*");
    } finally {
      client.shutdown();
    }
  }

  /**
   * Blocks the server for this long (each command sent meanwhile waits for it); the future ends
   * with the server's answer to the sleep.
   */
  CompletableFuture<String> sleep(Duration duration) {
    String command = "DEBUG SLEEP " + duration.toMillis() / 1000.0 + "\r\n";
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return send(command);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private boolean answersPing() throws IOException {
    return send("PING\r\n").startsWith("+PONG");
  }

  /** Sends an inline command and reads the start of the answer. */
  private String send(String inline) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(inline.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] answer = new byte[64];
      int length = in.read(answer);
      return length < 0 ? "" : new String(answer, 0, length, StandardCharsets.US_ASCII);
    }
  }

  private static Optional<Path> onPath(Map<String, String> environment) {
    String path = environment.getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, EXECUTABLE))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
