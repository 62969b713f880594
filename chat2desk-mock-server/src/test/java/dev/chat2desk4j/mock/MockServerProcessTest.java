package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The command line in a real child JVM: start line, demo data over HTTP, exit on SIGTERM. */
class MockServerProcessTest {

  private static final Pattern URL = Pattern.compile("listening on (http://\\S+) ");

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void standalone_printsUrlAndTokenServesDemoAndStopsOnSigterm() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    MockServerCommand.class.getName(),
                    "--port",
                    "0",
                    "--token",
                    "demo-token",
                    "--seed",
                    "demo"))
            .redirectErrorStream(true)
            .start();
    try {
      String line = firstLine(process);
      Matcher url = URL.matcher(line);
      assertThat(url.find()).as("start line: %s", line).isTrue();
      assertThat(line).contains("demo-token");

      Http http = new Http(URI.create(url.group(1)), "demo-token");
      Http.Response clients = http.get("/v1/clients");
      assertThat(clients.status()).isEqualTo(200);
      assertThat(clients.json().at("/meta/total").asInt()).isEqualTo(5);

      process.destroy(); // SIGTERM on Unix
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isIn(0, 143);
    } finally {
      process.destroyForcibly();
    }
  }

  private static String firstLine(Process process) throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.contains("listening on")) {
        return line;
      }
    }
    return "";
  }
}
