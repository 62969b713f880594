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

  /** Published, but BOMs: ours-only chat2desk-bom and the optional tested third-party versions. */
  private static final List<String> BOMS = List.of("chat2desk-bom", "chat2desk-dependencies");

  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

  @Test
  void bom_listsEveryPublishedModule_andNothingElse() throws IOException {
    List<String> published =
        matches(MODULE, read(ROOT.resolve("pom.xml")))
            .filter(module -> !BOMS.contains(module))
            .filter(
                module ->
                    !readUnchecked(ROOT.resolve(module).resolve("pom.xml"))
                        .contains("<maven.install.skip>true</maven.install.skip>"))
            .toList();

    String bom = read(ROOT.resolve("chat2desk-bom/pom.xml"));
    // Only the managed dependencies: the BOM's release profile names plugins too.
    List<String> managed =
        matches(
                ARTIFACT,
                bom.substring(
                    bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>")))
            .toList();

    assertThat(published).contains("chat2desk-api", "chat2desk-testkit");
    assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void bom_doesNotInheritTheParentsThirdPartyVersions() throws IOException {
    String bom = read(ROOT.resolve("chat2desk-bom/pom.xml"));

    assertThat(bom).doesNotContain("<parent>").doesNotContain("<groupId>io.");
    assertThat(bom).doesNotContain("chat2desk-dependencies");
  }

  @Test
  void testedDependencies_manageThirdPartyVersionsOnly() throws IOException {
    String dependencies = read(ROOT.resolve("chat2desk-dependencies/pom.xml"));

    assertThat(dependencies.substring(dependencies.indexOf("<dependencyManagement>")))
        .contains("<groupId>com.fasterxml.jackson</groupId>")
        .doesNotContain("<groupId>dev.chat2desk4j</groupId>");
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
