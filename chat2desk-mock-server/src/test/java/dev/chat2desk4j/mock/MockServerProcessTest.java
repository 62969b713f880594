package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command line in a real child JVM: start line, demo data over HTTP, exit on SIGTERM. */
class MockServerProcessTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void standalone_printsUrlAndTokenServesDemoAndStopsOnSigterm() throws Exception {
    try (ChildServer child =
        ChildServer.start(
            // No --token: the default account, whose public token the start line spells out.
            List.of(), Map.of(), "--port", "0", "--seed", "demo")) {
      assertThat(child.startLine()).contains("demo-token").doesNotContain("admin token");

      Http http = new Http(child.baseUrl(), "demo-token");
      Http.Response clients = http.get("/v1/clients");
      assertThat(clients.status()).isEqualTo(200);
      assertThat(clients.json().at("/meta/total").asInt()).isEqualTo(5);
      assertThat(http.as(null).get("/__admin/health").status()).isEqualTo(200);

      child.process().destroy(); // SIGTERM on Unix
      assertThat(child.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(child.process().exitValue()).isZero();
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void standalone_portZero_writesThePortFileAndAJsonReadyLine(@TempDir Path dir) throws Exception {
    Path portFile = dir.resolve("mock.port");
    try (ChildServer child =
        ChildServer.start(List.of(), Map.of(), "--port", "0", "--port-file", portFile.toString())) {
      URI baseUrl = child.baseUrl();

      await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(portFile));
      assertThat(Files.readString(portFile)).isEqualTo(baseUrl.getPort() + "\n");
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> child.output().stream().anyMatch(line -> line.startsWith("{")));
      JsonNode ready =
          Http.MAPPER.readTree(
              child.output().stream().filter(line -> line.startsWith("{")).findFirst().get());
      assertThat(ready.get("event").asText()).isEqualTo("listening");
      assertThat(ready.get("url").asText()).isEqualTo(baseUrl.toString());
      assertThat(ready.get("port").asInt()).isEqualTo(baseUrl.getPort());
      assertThat(ready.get("admin_token_required").asBoolean()).isFalse();
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void standalone_tokenSeeds_giveEachAccountItsOwnData(@TempDir Path dir) throws Exception {
    Path seed =
        Files.writeString(
            dir.resolve("one.json"),
            "{\"clients\": [{\"name\": \"Solo\", \"phone\": \"79000000001\"}]}");
    try (ChildServer child =
        ChildServer.start(
            List.of(),
            Map.of(),
            "--port",
            "0",
            "--token-seed",
            "demo-a=demo",
            "--token-seed",
            "tok==" + "=" + seed)) {
      assertThat(child.startLine())
          .contains("with 2 accounts (account-1, account-2)")
          .doesNotContain("demo-a")
          .doesNotContain("tok==");

      assertThat(totalClients(child, "demo-a")).isEqualTo(5);
      assertThat(totalClients(child, "tok==")).isEqualTo(1);
      assertThat(new Http(child.baseUrl(), "demo-token").get("/v1/clients").status())
          .isEqualTo(401);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void standalone_portInUse_printsOneErrorLineAndExitsOne() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ChildServer child =
            ChildServer.start(
                List.of(), Map.of(), "--port", String.valueOf(taken.getLocalPort()))) {
      assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

      assertThat(child.process().exitValue()).isEqualTo(1);
      await().atMost(Duration.ofSeconds(5)).until(() -> !child.output().isEmpty());
      assertThat(child.output())
          .singleElement(as(InstanceOfAssertFactories.STRING))
          .startsWith("error: cannot listen: the port is in use");
    }
  }

  private static int totalClients(ChildServer child, String token) throws Exception {
    return new Http(child.baseUrl(), token).get("/v1/clients").json().at("/meta/total").asInt();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void standalone_adminTokenFromTheEnvironment_guardsTheAdminApiAndIsNeverPrinted()
      throws Exception {
    try (ChildServer child =
        ChildServer.start(
            List.of(), Map.of("CHAT2DESK_MOCK_ADMIN_TOKEN", "env-s3cret"), "--port", "0")) {
      assertThat(child.startLine()).contains("admin token required");

      assertThat(new Http(child.baseUrl(), null).get("/__admin/health").status()).isEqualTo(401);
      assertThat(Http.admin(child.baseUrl(), "env-s3cret").get("/__admin/health").status())
          .isEqualTo(200);
      assertThat(String.join("\n", child.output())).doesNotContain("env-s3cret");
    }
  }
}
