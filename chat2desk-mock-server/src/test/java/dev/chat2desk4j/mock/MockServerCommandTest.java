package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MockServerCommandTest {

  @Test
  void help_printsUsageAndExitsZero() {
    Run run = run("--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            "--port",
            "--token",
            "--seed",
            "--journal-capacity",
            "--journal-max-bytes",
            "--rate-limit-per-second",
            "--admin-token",
            "--token-seed",
            "--port-file",
            "--allow-external-webhook-targets",
            "--webhook-time-scale");
  }

  @Test
  void webhookTimeScaleNotPositive_exitsWithUsageErrorWithoutStarting() {
    Run run = run("--port", "0", "--webhook-time-scale", "0");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("timeScale must be a positive number but was 0.0");
  }

  @Test
  void unknownOption_exitsWithUsageErrorOnOneLine() {
    Run run = run("--bogus");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: Unknown option: '--bogus' (see --help)\n");
  }

  @Test
  void missingSeedFile_exitsWithUsageErrorOnOneLine() {
    Run run = run("--port", "0", "--seed", "/nonexistent/seed.json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "error: cannot read seed file /nonexistent/seed.json: no such file"
                + " /nonexistent/seed.json (see --help)\n");
  }

  @Test
  void seedFileBreakingTheFormat_exitsWithUsageErrorNamingTheFile(@TempDir Path dir)
      throws IOException {
    Path seed = Files.writeString(dir.resolve("seed.json"), "{\"clients\": 3}");

    Run run = run("--port", "0", "--token-seed", "t1=" + seed);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: seed file " + seed + ": ").hasLineCount(1);
  }

  @Test
  void tokenSeedWithoutSeed_exitsWithUsageError() {
    Run run = run("--port", "0", "--token-seed", "t1");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "error: --token-seed needs TOKEN=SEED, such as t1=demo or t1=seed.json"
                + " (see --help)\n");
  }

  @Test
  void portInUse_exitsWithOneOnOneLine() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Run run = run("--port", String.valueOf(taken.getLocalPort()));

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err()).startsWith("error: cannot listen: the port is in use").hasLineCount(1);
    }
  }

  @Test
  void journalMaxBytesNotPositive_exitsWithUsageErrorWithoutStarting() {
    Run run = run("--port", "0", "--journal-max-bytes", "0");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("maxBytes must be positive but was 0");
  }

  @Test
  void rateLimitPerSecondNegative_exitsWithUsageErrorWithoutStarting() {
    Run run = run("--port", "0", "--rate-limit-per-second", "-1");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("perSecond must be from 0 (no limit) to 1000000 but was -1");
  }

  @Test
  void blankAdminToken_exitsWithUsageErrorWithoutStarting() {
    Run run = run("--port", "0", "--admin-token", " ");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("adminToken must not be blank");
  }

  /** What a command line printed and returned; it must end without serving. */
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command =
        CommandErrors.configure(new CommandLine(new MockServerCommand()))
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true));

    int exit = command.execute(args);

    return new Run(exit, out.toString(), err.toString());
  }
}
