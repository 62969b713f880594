package dev.chat2desk4j.mock;

import dev.chat2desk4j.mock.http.StartupWarmUp;
import dev.chat2desk4j.mock.state.Seed;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * 8080 --token demo-token --seed demo}. Once listening it prints a line for people, then one JSON
 * line for programs ({@link ReadyLine}), and writes {@code --port-file} if given; it serves until
 * SIGTERM or Ctrl-C, then closes the server and exits 0. A problem is one {@code error: ...} line
 * on stderr: exit 2 for a bad command line or seed, 1 when the server cannot start (a port in use).
 *
 * <p>Every option is declared here, so that a new one is one more field and one line in {@link
 * #builder()}.
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
      split = ",",
      description =
          "API token of an account; repeat for more accounts (default: demo-token, unless"
              + " --token-seed names one).")
  List<String> tokens = new ArrayList<>();

  @Option(
      names = "--seed",
      description =
          "'demo' for the demo data set, or the path of a JSON seed file, for every token.")
  String seed;

  @Option(
      names = "--token-seed",
      paramLabel = "TOKEN=SEED",
      description =
          "An account with a seed of its own ('demo' or a JSON file), before any --seed; split at"
              + " the last '='. Repeatable.")
  List<String> tokenSeeds = new ArrayList<>();

  @Option(
      names = "--port-file",
      paramLabel = "PATH",
      description = "Once listening, write the bound port to this file (atomically).")
  Path portFile;

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
      names = "--allow-external-webhook-targets",
      description =
          "Deliver webhooks to any host, not only to loopback ones (for a fake in a container"
              + " beside the application it calls back).")
  boolean allowExternalWebhookTargets;

  @Option(
      names = "--webhook-time-scale",
      defaultValue = "1",
      description =
          "Factor on the webhook retry schedule (10 s, 5 min, 2 h) and on the 5 h before a failing"
              + " webhook is disabled, such as 0.001 in a test (default: ${DEFAULT-VALUE}).")
  double webhookTimeScale;

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

  /** The token of the one account there is when no option names a token. */
  static final String DEFAULT_TOKEN = "demo-token";

  private static final String JETTY_REFERENCES_PER_CACHE_LINE =
      "org.eclipse.jetty.util.referencesPerCacheLine";

  @Spec CommandSpec spec;

  private final CountDownLatch stopped = new CountDownLatch(1);

  /** Runs the command line; see {@code --help}. Exits with the command's status. */
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
    return CommandErrors.configure(new CommandLine(new MockServerCommand())).execute(args);
  }

  @Override
  public Integer call() throws Exception {
    configureLogging(verbose);
    Chat2DeskMockServer server = seeded(builder()).build().start();
    // Where the platform lets us take SIGTERM and SIGINT, they end call() with 0; elsewhere the
    // hook still closes the server and the JVM exits with its own status.
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "chat2desk-mock-shutdown"));
    StopSignals.onStop(stopped::countDown);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Chat2Desk mock server listening on "
            + server.baseUrl()
            + " (API under /v1, admin under /__admin"
            + (adminToken == null ? "" : ", admin token required")
            + ") with "
            + accountsLine(server));
    out.println(ReadyLine.json(server.baseUrl(), server.port(), adminToken != null));
    out.flush();
    if (portFile != null) {
      ReadyLine.writePortFile(portFile, server.port());
    }
    stopped.await();
    server.close();
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
              .rateLimitPerSecond(rateLimitPerSecond)
              .webhookTimeScale(webhookTimeScale)
              .allowExternalWebhookTargets(allowExternalWebhookTargets);
      accountTokens().forEach(builder::token);
      if (adminToken != null) {
        builder.adminToken(adminToken);
      }
      return builder;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /**
   * The seeds of {@code --token-seed} and {@code --seed}; a seed that cannot be read is a usage
   * error.
   */
  private Chat2DeskMockServer.Builder seeded(Chat2DeskMockServer.Builder builder) {
    for (String tokenSeed : tokenSeeds) {
      int split = tokenSeed.lastIndexOf('=');
      if (split < 1 || split == tokenSeed.length() - 1) {
        throw new ParameterException(
            spec.commandLine(), "--token-seed needs TOKEN=SEED, such as t1=demo or t1=seed.json");
      }
      String token = tokenSeed.substring(0, split);
      try {
        builder.token(token, load(tokenSeed.substring(split + 1)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
    }
    if (seed != null) {
      builder.seed(load(seed));
    }
    return builder;
  }

  private Seed load(String name) {
    if (name.equals("demo")) {
      return Seed.demo();
    }
    try {
      return Seed.fromFile(Path.of(name));
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(),
          "cannot read seed file " + name + ": " + CommandErrors.describe(e),
          e);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "seed file " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The accounts as the start line names them: by label, as the journal does, since the line lands
   * in CI logs and a token given on the command line may be one a team keeps private; only the
   * default token, public in the docs, is spelled out.
   */
  private String accountsLine(Chat2DeskMockServer server) {
    List<String> accounts = accountTokens();
    if (tokens.isEmpty() && tokenSeeds.isEmpty()) {
      return "the default token " + DEFAULT_TOKEN;
    }
    List<String> labels =
        accounts.stream().map(token -> server.state().account(token).label()).toList();
    return labels.size()
        + (labels.size() == 1 ? " account (" : " accounts (")
        + String.join(", ", labels)
        + ")";
  }

  /** The tokens of {@code --token} and {@code --token-seed}, in order; else {@code demo-token}. */
  private List<String> accountTokens() {
    if (tokens.isEmpty() && tokenSeeds.isEmpty()) {
      return List.of(DEFAULT_TOKEN);
    }
    List<String> all = new ArrayList<>(tokens);
    for (String tokenSeed : tokenSeeds) {
      String token = tokenSeed.substring(0, Math.max(0, tokenSeed.lastIndexOf('=')));
      if (!token.isEmpty() && !all.contains(token)) {
        all.add(token);
      }
    }
    return all;
  }

  private static void configureLogging(boolean verbose) {
    // slf4j-simple reads these once, at its first use: before the server starts. Warnings, such as
    // the one for a host beyond loopback, go to stderr.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    // Javalin logs a failed start with its stack trace; the command prints it as one error line.
    System.setProperty("org.slf4j.simpleLogger.log.io.javalin.Javalin", "off");
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
