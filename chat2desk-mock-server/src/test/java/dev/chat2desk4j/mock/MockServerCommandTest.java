package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MockServerCommandTest {

  @Test
  void help_printsUsageAndExitsZero() {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new MockServerCommand()).setOut(new PrintWriter(out));

    int exit = command.execute("--help");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("--port", "--token", "--seed", "--journal-capacity");
  }

  @Test
  void unknownOption_exitsWithUsageError() {
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new MockServerCommand()).setErr(new PrintWriter(err));

    int exit = command.execute("--bogus");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option");
  }

  @Test
  void missingSeedFile_exitsNonZeroWithoutStarting() {
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new MockServerCommand()).setErr(new PrintWriter(err));

    int exit = command.execute("--port", "0", "--seed", "/nonexistent/seed.json");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("seed.json");
  }
}
