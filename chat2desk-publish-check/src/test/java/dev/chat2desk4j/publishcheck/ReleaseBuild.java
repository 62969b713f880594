package dev.chat2desk4j.publishcheck;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the release as a maintainer would ({@code ./mvnw -Prelease deploy}) on a copy of this
 * project set to the release version, so the build under way is left alone.
 */
final class ReleaseBuild {

  /** Build output, VCS data and IDE files: what a fresh clone would not have. */
  private static final Set<String> NOT_COPIED = Set.of("target", ".git", ".idea", ".cifuzz-corpus");

  private static final long TIMEOUT_MINUTES = 8;

  private ReleaseBuild() {}

  /** Copies the project under {@code root} to {@code copy}, every POM set to {@code release}. */
  static void copyAsRelease(Path root, Path copy, String snapshot, String release)
      throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            if (!dir.equals(root) && NOT_COPIED.contains(dir.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(copy.resolve(root.relativize(dir)));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            if (!NOT_COPIED.contains(file.getFileName().toString())) {
              Files.copy(
                  file, copy.resolve(root.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    try (Stream<Path> files = Files.walk(copy)) {
      for (Path pom : files.filter(f -> f.endsWith("pom.xml")).toList()) {
        Files.writeString(pom, Files.readString(pom).replace(snapshot, release));
      }
    }
  }

  /**
   * Runs the wrapper in {@code project} with {@code arguments} and {@code environment} added,
   * logging to {@code log}; returns the exit code.
   */
  static int run(Path project, List<String> arguments, Map<String, String> environment, Path log)
      throws IOException, InterruptedException {
    List<String> command =
        Stream.concat(Stream.of(project.resolve("mvnw").toString()), arguments.stream()).toList();
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process maven = builder.start();
    if (!maven.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      maven.descendants().forEach(ProcessHandle::destroyForcibly);
      maven.destroyForcibly();
      throw new IllegalStateException(
          "release build still running after " + TIMEOUT_MINUTES + " min");
    }
    return maven.exitValue();
  }
}
