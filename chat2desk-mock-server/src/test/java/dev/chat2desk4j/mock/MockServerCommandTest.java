package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
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
            "--admin-token");
  }

  @Test
  void unknownOption_exitsWithUsageError() {
    Run run = run("--bogus");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option");
  }

  @Test
  void missingSeedFile_exitsNonZeroWithoutStarting() {
    Run run = run("--port", "0", "--seed", "/nonexistent/seed.json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("seed.json");
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
        new CommandLine(new MockServerCommand())
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err));

    int exit = command.execute(args);

    return new Run(exit, out.toString(), err.toString());
  }
}
