package dev.chat2desk4j.benchmarks;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds the two runnable jars the server benchmarks start: the fake server's {@code -all} jar next
 * to its plain jar on this JVM's class path, and WireMock's standalone jar on the test class path.
 * System properties {@code bench.fakeJar} and {@code bench.wiremockJar} override either.
 */
final class Jars {

  private Jars() {}

  static Path fakeServer() {
    return override("bench.fakeJar")
        .orElseGet(
            () -> {
              Path plain = onClassPath("chat2desk-mock-server");
              String name = plain.getFileName().toString();
              Path all = plain.resolveSibling(name.replace(".jar", "-all.jar"));
              return require(all, "the fake server's -all jar (build the mock server module)");
            });
  }

  static Path wireMock() {
    return override("bench.wiremockJar").orElseGet(() -> onClassPath("wiremock-standalone"));
  }

  /** Where this module's classes are, for the servers it starts from its own code. */
  static Path benchmarkClasses() {
    try {
      return Path.of(Jars.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The java executable of this JVM, so that every child runs on the same JDK. */
  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  private static Optional<Path> override(String property) {
    String value = System.getProperty(property);
    return value == null || value.isBlank()
        ? Optional.empty()
        : Optional.of(require(Path.of(value), property));
  }

  private static Path onClassPath(String artifact) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(path -> path.getFileName().toString().startsWith(artifact))
        .filter(path -> path.getFileName().toString().endsWith(".jar"))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No "
                        + artifact
                        + " jar on the class path; run through the module's exec goals"));
  }

  private static Path require(Path path, String what) {
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("Missing " + what + ": " + path);
    }
    return path;
  }
}
