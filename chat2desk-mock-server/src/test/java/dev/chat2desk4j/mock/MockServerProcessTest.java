package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The command line in a real child JVM: start line, demo data over HTTP, exit on SIGTERM. */
class MockServerProcessTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void standalone_printsUrlAndTokenServesDemoAndStopsOnSigterm() throws Exception {
    try (ChildServer child =
        ChildServer.start(
            List.of(), Map.of(), "--port", "0", "--token", "demo-token", "--seed", "demo")) {
      assertThat(child.startLine()).contains("demo-token").doesNotContain("admin token");

      Http http = new Http(child.baseUrl(), "demo-token");
      Http.Response clients = http.get("/v1/clients");
      assertThat(clients.status()).isEqualTo(200);
      assertThat(clients.json().at("/meta/total").asInt()).isEqualTo(5);
      assertThat(http.as(null).get("/__admin/health").status()).isEqualTo(200);

      child.process().destroy(); // SIGTERM on Unix
      assertThat(child.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(child.process().exitValue()).isIn(0, 143);
    }
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
