package dev.chat2desk4j.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps chat2desk-bom in step with the modules we publish. */
class BomTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

  @Test
  void bom_listsEveryPublishedModule_andNothingElse() throws IOException {
    List<String> published =
        matches(MODULE, read(ROOT.resolve("pom.xml")))
            .filter(module -> !module.equals("chat2desk-bom"))
            .filter(
                module ->
                    !readUnchecked(ROOT.resolve(module).resolve("pom.xml"))
                        .contains("<maven.install.skip>true</maven.install.skip>"))
            .toList();

    List<String> managed =
        matches(ARTIFACT, read(ROOT.resolve("chat2desk-bom/pom.xml")))
            .filter(artifact -> !artifact.equals("chat2desk-bom"))
            .toList();

    assertThat(published).contains("chat2desk-api", "chat2desk-testkit");
    assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void bom_doesNotInheritTheParentsThirdPartyVersions() throws IOException {
    String bom = read(ROOT.resolve("chat2desk-bom/pom.xml"));

    assertThat(bom).doesNotContain("<parent>").doesNotContain("<groupId>io.");
  }

  private static Stream<String> matches(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    Stream.Builder<String> found = Stream.builder();
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found.build();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file);
  }

  private static String readUnchecked(Path file) {
    try {
      return read(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}
