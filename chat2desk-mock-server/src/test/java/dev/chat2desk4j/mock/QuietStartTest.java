package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Javalin's "no logger" banner never shows when a consumer's test run has no SLF4J provider. */
class QuietStartTest {

  private static final String BANNER = "It looks like you don't have a logger in your project";
  private static final String MARKER = "--- Javalin's check, called directly ---";

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void start_withoutAnSlf4jProvider_printsNoJavalinBanner() throws Exception {
    String classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("slf4j-simple"))
            .collect(Collectors.joining(File.pathSeparator));
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                Probe.class.getName())
            .redirectErrorStream(true)
            .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).contains("started and closed", MARKER);
    String serverStart = output.substring(0, output.indexOf(MARKER));
    String direct = output.substring(output.indexOf(MARKER));
    assertThat(serverStart).doesNotContain(BANNER);
    assertThat(direct).as("the child JVM really has no provider").contains(BANNER);
  }

  /** Runs in the child JVM: a server start, then Javalin's own check for comparison. */
  static final class Probe {
    public static void main(String[] args) {
      Chat2DeskMockServer.builder().token("t").build().start().close();
      System.err.println("started and closed");
      System.err.println(MARKER);
      io.javalin.util.Util.printHelpfulMessageIfLoggerIsMissing();
    }
  }
}
