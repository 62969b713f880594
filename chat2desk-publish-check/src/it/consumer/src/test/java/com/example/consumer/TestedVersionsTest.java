package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Convergence alone passes when one path brings an untested version; this compares the consumer's
 * class path with the one chat2desk4j's modules were tested with, jar by jar.
 */
class TestedVersionsTest {

  @Test
  void testClasspath_everyJarTheModulesWereTestedWith_isPresentAtTheTestedVersion()
      throws IOException {
    Map<String, String> tested =
        versions(Files.readString(Path.of(System.getProperty("chat2desk4j.tested.classpath"))));
    Map<String, String> resolved = versions(System.getProperty("surefire.test.class.path"));

    Map<String, String> different = new TreeMap<>();
    tested.forEach(
        (artifact, version) -> {
          if (!version.equals(resolved.get(artifact))) {
            different.put(artifact, "tested " + version + ", resolved " + resolved.get(artifact));
          }
        });

    assertThat(tested).containsKeys("jackson-databind", "micrometer-observation", "slf4j-api");
    assertThat(different).isEmpty();
  }

  /** Artifact id to version, for jars laid out as in a Maven repository: a/v/a-v[-c].jar. */
  private static Map<String, String> versions(String classpath) {
    Map<String, String> versions = new TreeMap<>();
    for (String entry : classpath.strip().split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (jar.getNameCount() < 3 || !entry.endsWith(".jar")) {
        continue;
      }
      String version = jar.getParent().getFileName().toString();
      String artifact = jar.getParent().getParent().getFileName().toString();
      if (jar.getFileName().toString().startsWith(artifact + "-" + version)) {
        versions.put(artifact, version);
      }
    }
    return versions;
  }
}
