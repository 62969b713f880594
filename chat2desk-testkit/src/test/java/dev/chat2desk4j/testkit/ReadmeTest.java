package dev.chat2desk4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps README.md and the project's docs honest: every {@code <!-- snippet: FILE -->} marker must
 * be followed by a Java block equal to that compiled test file without its package line.
 */
class ReadmeTest {

  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (\\S+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void readme_everySnippet_isItsCompiledTestVerbatim() throws IOException {
    int count = checkSnippets(Path.of("README.md"), Path.of("."));

    assertThat(count).as("snippets in README.md").isGreaterThanOrEqualTo(3);
  }

  @Test
  void quotaDoc_snippet_isItsCompiledTestVerbatim() throws IOException {
    int count = checkSnippets(Path.of("../docs/quota.md"), Path.of(".."));

    assertThat(count).as("snippets in docs/quota.md").isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"chat2desk-api", "chat2desk-feign", "chat2desk-resilience"})
  void moduleReadme_snippet_isItsCompiledTestVerbatim(String module) throws IOException {
    Path moduleDir = Path.of("..", module);

    int count = checkSnippets(moduleDir.resolve("README.md"), moduleDir);

    assertThat(count).as("snippets in " + module + "/README.md").isEqualTo(1);
  }

  /** Checks each snippet of a document against its file, named relative to {@code base}. */
  private static int checkSnippets(Path document, Path base) throws IOException {
    Matcher snippet = SNIPPET.matcher(Files.readString(document, StandardCharsets.UTF_8));
    int count = 0;
    while (snippet.find()) {
      count++;
      String source = Files.readString(base.resolve(snippet.group(1)), StandardCharsets.UTF_8);
      String withoutPackage = source.replaceFirst("^package [^;]+;\\n\\n", "");
      assertThat(snippet.group(2)).as(snippet.group(1)).isEqualTo(withoutPackage);
    }
    return count;
  }
}
