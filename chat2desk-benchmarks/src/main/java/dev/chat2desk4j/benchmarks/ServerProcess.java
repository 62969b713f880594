package dev.chat2desk4j.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** A server running in a fresh JVM of its own, started from its runnable jar. */
final class ServerProcess implements AutoCloseable {

  private static final Duration POLL_INTERVAL = Duration.ofMillis(1);

  private final ServerKind kind;
  private final int port;
  private final Process process;
  private final long startedNanos;
  private final Path log;
  private long acceptedNanos = -1;

  private ServerProcess(ServerKind kind, int port, Process process, long startedNanos, Path log) {
    this.kind = kind;
    this.port = port;
    this.process = process;
    this.startedNanos = startedNanos;
    this.log = log;
  }

  /** Starts the server on a free port; its output goes to a log file in the workspace. */
  static ServerProcess start(ServerKind kind, BenchWorkspace workspace) throws IOException {
    int port = freePort();
    Path log =
        workspace.directory().resolve(kind.name().toLowerCase(Locale.ROOT) + "-" + port + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(kind.command(port, workspace.seed(), workspace.wireMockRoot()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    long started = System.nanoTime();
    return new ServerProcess(kind, port, builder.start(), started, log);
  }

  int port() {
    return port;
  }

  /**
   * Polls {@code GET /v1/clients?limit=20} until it is answered with 200 and returns the time from
   * launching the JVM to that answer.
   */
  Duration awaitFirstAnswer(Duration timeout) throws IOException {
    byte[] request = BenchRoute.LIST_CLIENTS.requestBytes(port, BenchSeed.TOKEN);
    long deadline = startedNanos + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            kind.label() + " exited with " + process.exitValue() + "; see " + log);
      }
      try (RawHttpConnection connection = new RawHttpConnection(port, 5_000)) {
        if (acceptedNanos < 0) {
          acceptedNanos = System.nanoTime();
        }
        if (connection.exchange(request).status() == 200) {
          return Duration.ofNanos(System.nanoTime() - startedNanos);
        }
      } catch (IOException notYet) {
        // Not listening yet: poll again.
      }
      LockSupport.parkNanos(POLL_INTERVAL.toNanos());
    }
    throw new IOException(kind.label() + " did not answer within " + timeout + "; see " + log);
  }

  /**
   * The time from launching the JVM to the first connection the server accepted, during {@link
   * #awaitFirstAnswer}.
   *
   * @throws IllegalStateException when no connection was accepted yet
   */
  Duration firstAccepted() {
    if (acceptedNanos < 0) {
      throw new IllegalStateException("No connection was accepted yet");
    }
    return Duration.ofNanos(acceptedNanos - startedNanos);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
