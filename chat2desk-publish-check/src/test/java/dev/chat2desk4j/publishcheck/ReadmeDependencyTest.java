package dev.chat2desk4j.publishcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's dependency section what the consumer check builds and at the versions this
 * build tests with.
 */
class ReadmeDependencyTest {

  private static final Path README = Path.of("../README.md");
  private static final Path CONSUMERS = Path.of("src/it");
  private static final Pattern DEPENDENCY =
      Pattern.compile(
          "<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>");

  @Test
  void readme_showsEveryDependencyTheConsumerProjectsDeclare() throws IOException {
    String readme = Files.readString(README);

    for (String consumer : new String[] {"consumer", "consumer-transports"}) {
      Matcher dependency =
          DEPENDENCY.matcher(Files.readString(CONSUMERS.resolve(consumer + "/pom.xml")));
      while (dependency.find()) {
        assertThat(readme)
            .as("%s's dependency %s", consumer, dependency.group(2))
            .containsPattern(
                "<groupId>"
                    + dependency.group(1)
                    + "</groupId>\\s*<artifactId>"
                    + dependency.group(2));
      }
    }
  }

  @Test
  void readme_namesTheOptionalTransports_atTheVersionsWeTestWith() throws IOException {
    assertThat(Files.readString(README))
        .contains(
            "`io.github.openfeign:feign-okhttp` " + System.getProperty("feign-okhttp.version"))
        .contains("`io.github.openfeign:feign-hc5` " + System.getProperty("feign-hc5.version"));
  }
}
