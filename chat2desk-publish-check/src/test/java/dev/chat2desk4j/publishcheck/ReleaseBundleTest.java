package dev.chat2desk4j.publishcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Runs the release profile once on a copy of the project, signing with a throwaway key and
 * uploading to a fake Central, then checks the bundle the way Central validates one.
 */
class ReleaseBundleTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path WORK = Path.of("target", "release-check").toAbsolutePath();
  private static final String SNAPSHOT = System.getProperty("chat2desk4j.version");
  private static final String RELEASE = SNAPSHOT.replace("-SNAPSHOT", "");
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
  private static final List<String> CHECKSUMS = List.of("md5", "sha1", "sha256", "sha512");
  private static final Map<String, String> DIGESTS =
      Map.of("md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha512", "SHA-512");

  private static ThrowawayKey key;
  private static FakeCentral central;
  private static Path bundle;
  private static Path unpacked;

  @BeforeAll
  static void release() throws Exception {
    BundleFiles.deleteRecursively(WORK);
    Path project = WORK.resolve("project");
    ReleaseBuild.copyAsRelease(ROOT, project, SNAPSHOT, RELEASE);
    key = ThrowawayKey.generate();
    central = FakeCentral.start();
    // Placeholder credentials for the fake: the plugin insists on a `central` server entry.
    Path settings =
        Files.writeString(
            WORK.resolve("settings.xml"),
            "<settings><servers><server><id>central</id><username>release-check</username>"
                + "<password>not-a-secret</password></server></servers></settings>");
    Path log = WORK.resolve("release.log");

    int exit =
        ReleaseBuild.run(
            project,
            List.of(
                "-B",
                "-gs",
                settings.toString(),
                "-Dmaven.repo.local=" + System.getProperty("maven.repo.local"),
                "-Prelease",
                // This build already ran the tests, the enforcer, Spotless and the consumer check;
                // nothing is installed, so the shared local repository stays untouched.
                "-DskipTests",
                "-Denforcer.skip",
                "-Dspotless.check.skip",
                "-Dinvoker.skip",
                "-Dmaven.install.skip",
                "-DcentralBaseUrl=" + central.baseUrl(),
                "-DwaitUntil=uploaded",
                "deploy"),
            Map.of(
                "MAVEN_GPG_KEY", key.armoredSecretKey(),
                "MAVEN_GPG_PASSPHRASE", key.passphrase(),
                // A short-lived JVM: C1 alone and the serial collector start and finish sooner.
                "MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"),
            log);

    assertThat(exit).as("release build failed, see %s", log).isZero();
    try (Stream<Path> files = Files.walk(project)) {
      bundle = files.filter(f -> f.endsWith("central-bundle.zip")).findFirst().orElseThrow();
    }
    unpacked = BundleFiles.unzip(bundle, WORK.resolve("bundle"));
  }

  @AfterAll
  static void stopCentral() {
    if (central != null) {
      central.close();
    }
  }

  @Test
  void releaseProfile_uploadsTheBundleOnce_forManualPublishing() throws IOException {
    assertThat(central.uploads()).hasSize(1);
    FakeCentral.Upload upload = central.uploads().get(0);

    assertThat(upload.query()).contains("publishingType=USER_MANAGED");
    assertThat(upload.authorization()).isNotBlank();
    assertThat(BundleFiles.indexOf(upload.body(), Files.readAllBytes(bundle))).isNotNegative();
  }

  @Test
  void bundle_holdsExactlyTheModulesTheBomLists_andBothBoms() throws IOException {
    String bom = Files.readString(ROOT.resolve("chat2desk-bom/pom.xml"));
    List<String> inBom =
        Stream.concat(
                Stream.of("chat2desk-bom", "chat2desk-dependencies"),
                managedArtifactIds(bom).stream())
            .toList();

    assertThat(list(unpacked.resolve("dev/chat2desk4j")))
        .map(path -> path.getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(inBom);
  }

  @Test
  void bundle_everyModule_hasItsPomJarSourcesAndJavadoc() throws IOException {
    for (Path module : list(unpacked.resolve("dev/chat2desk4j"))) {
      String base = module.getFileName() + "-" + RELEASE;
      Path files = module.resolve(RELEASE);
      if (base.startsWith("chat2desk-bom-") || base.startsWith("chat2desk-dependencies-")) {
        assertThat(files.resolve(base + ".pom")).isRegularFile();
        continue;
      }
      for (String suffix : List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar")) {
        assertThat(files.resolve(base + suffix)).isRegularFile();
      }
    }
  }

  @Test
  void bundle_everyArtifact_isSignedByTheReleaseKey() throws IOException {
    List<Path> artifacts = artifacts();

    assertThat(artifacts).hasSizeGreaterThan(20);
    for (Path artifact : artifacts) {
      Path signature = Path.of(artifact + ".asc");
      assertThat(signature).isRegularFile();
      assertThat(key.signed(artifact, signature)).as("signature of %s", artifact).isTrue();
    }
  }

  /** Central wants checksums on every artifact, none on signatures. */
  @Test
  void bundle_everyArtifact_hasMatchingChecksums() throws Exception {
    for (Path artifact : artifacts()) {
      for (String checksum : CHECKSUMS) {
        Path sum = Path.of(artifact + "." + checksum);
        assertThat(sum).isRegularFile();
        assertThat(Files.readString(sum).strip())
            .as("%s of %s", checksum, artifact)
            .isEqualTo(BundleFiles.digest(artifact, DIGESTS.get(checksum)));
      }
    }
  }

  @Test
  void bundle_everyPom_carriesCentralsMetadata_andStandsAlone() throws Exception {
    try (Stream<Path> files = Files.walk(unpacked)) {
      for (Path pom : files.filter(f -> f.toString().endsWith(".pom")).toList()) {
        Document document =
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        for (String element :
            List.of("name", "description", "url", "license", "developer", "connection")) {
          assertThat(document.getElementsByTagName(element).getLength())
              .as("<%s> in %s", element, pom.getFileName())
              .isPositive();
          assertThat(document.getElementsByTagName(element).item(0).getTextContent()).isNotBlank();
        }
        assertThat(Files.readString(pom)).doesNotContain("<parent>", "SNAPSHOT");
      }
    }
  }

  private static List<Path> artifacts() throws IOException {
    try (Stream<Path> files = Files.walk(unpacked)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".jar") || f.toString().endsWith(".pom"))
          .toList();
    }
  }

  private static List<String> managedArtifactIds(String pom) {
    String managed =
        pom.substring(
            pom.indexOf("<dependencyManagement>"), pom.indexOf("</dependencyManagement>"));
    Matcher matcher = ARTIFACT.matcher(managed);
    Stream.Builder<String> ids = Stream.builder();
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids.build().toList();
  }

  private static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.toList();
    }
  }
}
