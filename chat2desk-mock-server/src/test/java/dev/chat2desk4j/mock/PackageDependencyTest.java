package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Imports between the module's packages flow one way: state, fault and journal import none of the
 * others; webhook builds on state; http builds on state, fault and journal; admin and internal on
 * http (and webhook); the root wires everything.
 */
class PackageDependencyTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/chat2desk4j/mock");
  private static final Pattern IMPORT =
      Pattern.compile(
          "^import (?:static )?dev\\.chat2desk4j\\.mock\\.([a-z]+)\\.", Pattern.MULTILINE);

  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "state", Set.of(),
          "fault", Set.of(),
          "journal", Set.of(),
          "webhook", Set.of("state"),
          "http", Set.of("state", "fault", "journal"),
          "admin", Set.of("state", "fault", "journal", "http", "webhook"),
          "internal", Set.of("state", "http", "webhook"));

  @ParameterizedTest
  @ValueSource(strings = {"state", "fault", "journal", "webhook", "http", "admin", "internal"})
  void package_importsOnlyThePackagesBelowIt(String name) throws IOException {
    Set<String> imported = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES.resolve(name))) {
      for (Path file : files.toList()) {
        Matcher matcher = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (matcher.find()) {
          imported.add(matcher.group(1));
        }
      }
    }
    imported.remove(name);

    assertThat(imported).isSubsetOf(ALLOWED.get(name));
  }
}
