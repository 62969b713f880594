package dev.chat2desk4j.mock;

import dev.chat2desk4j.mock.http.StartupWarmUp;
import dev.chat2desk4j.mock.state.Seed;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The runnable jar's entry point: {@code java -jar chat2desk-mock-server-<version>-all.jar --port
 * 8080 --token demo-token --seed demo}. Prints one line with the URL and the tokens, serves until
 * the process is stopped, and closes the server on SIGTERM or Ctrl-C.
 */
@Command(
    name = "chat2desk-mock-server",
    mixinStandardHelpOptions = true,
    versionProvider = MockServerCommand.Version.class,
    description = "Serves a stateful fake of the Chat2Desk API (v1) for tests and CI.")
public final class MockServerCommand implements Callable<Integer> {

  @Option(
      names = "--host",
      defaultValue = Chat2DeskMockServer.DEFAULT_HOST,
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = {"-p", "--port"},
      defaultValue = "8080",
      description = "Port to bind, 0 for a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = {"-t", "--token"},
      defaultValue = "demo-token",
      split = ",",
      description =
          "API token of an account; repeat for more accounts (default: ${DEFAULT-VALUE}).")
  List<String> tokens;

  @Option(
      names = "--seed",
      description = "'demo' for the demo data set, or the path of a JSON seed file.")
  String seed;

  @Option(
      names = "--journal-capacity",
      defaultValue = "10000",
      description = "Requests the journal keeps (default: ${DEFAULT-VALUE}).")
  int journalCapacity;

  @Option(
      names = "--journal-max-bytes",
      defaultValue = "33554432",
      description =
          "Bytes of requests the journal keeps, bodies cut at 64 KiB (default: ${DEFAULT-VALUE}).")
  long journalMaxBytes;

  @Option(
      names = "--rate-limit-per-second",
      defaultValue = "0",
      description =
          "API requests one account may send per second; more answer 429 with Retry-After: 1"
              + " (default: ${DEFAULT-VALUE}, no limit).")
  int rateLimitPerSecond;

  @Option(
      names = "--admin-token",
      defaultValue = "${env:CHAT2DESK_MOCK_ADMIN_TOKEN}",
      description =
          "Token every /__admin request must carry in the X-Chat2Desk-Admin header"
              + " (default: none, or the CHAT2DESK_MOCK_ADMIN_TOKEN environment variable).")
  String adminToken;

  @Option(
      names = {"-v", "--verbose"},
      description = "Log one line per request.")
  boolean verbose;

  private static final String JETTY_REFERENCES_PER_CACHE_LINE =
      "org.eclipse.jetty.util.referencesPerCacheLine";

  @Spec CommandSpec spec;

  private final CountDownLatch stopped = new CountDownLatch(1);

  /** Runs the command line; see {@code --help}. */
  public static void main(String[] args) {
    StartupWarmUp.startInBackground();
    // Jetty otherwise starts the whole JMX platform (~0.1 s) only to read one VM option for the
    // padding of its queues; 16 references per 64-byte line is its answer with compressed oops.
    if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
      System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
    }
    System.exit(run(args));
  }

  static int run(String... args) {
    return new CommandLine(new MockServerCommand()).execute(args);
  }

  @Override
  public Integer call() throws Exception {
    configureLogging(verbose);
    Chat2DeskMockServer.Builder builder = builder();
    if (seed != null) {
      builder.seed(seed.equals("demo") ? Seed.demo() : Seed.fromFile(Path.of(seed)));
    }
    Chat2DeskMockServer server = builder.build().start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "chat2desk-mock-shutdown"));
    PrintWriter out = new CommandLine(this).getOut();
    out.println(
        "Chat2Desk mock server listening on "
            + server.baseUrl()
            + " (API under /v1, admin under /__admin"
            + (adminToken == null ? "" : ", admin token required")
            + ") with token "
            + String.join(", ", tokens));
    out.flush();
    stopped.await();
    return 0;
  }

  /** The server's builder with the options; a value out of range is a usage error. */
  private Chat2DeskMockServer.Builder builder() {
    try {
      Chat2DeskMockServer.Builder builder =
          Chat2DeskMockServer.builder()
              .host(host)
              .port(port)
              .journalCapacity(journalCapacity)
              .journalMaxBytes(journalMaxBytes)
              .rateLimitPerSecond(rateLimitPerSecond);
      tokens.forEach(builder::token);
      if (adminToken != null) {
        builder.adminToken(adminToken);
      }
      return builder;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private static void configureLogging(boolean verbose) {
    // slf4j-simple reads these once, at its first use: before the server starts. Warnings, such as
    // the one for a host beyond loopback, go to stderr.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    if (verbose) {
      System.setProperty("org.slf4j.simpleLogger.log.dev.chat2desk4j.mock", "debug");
    }
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = MockServerCommand.class.getPackage().getImplementationVersion();
      return new String[] {"chat2desk-mock-server " + (version == null ? "dev" : version)};
    }
  }
}
