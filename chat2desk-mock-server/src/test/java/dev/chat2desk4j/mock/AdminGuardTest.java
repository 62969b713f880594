package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Admin writes need JSON or the admin header; with an admin token, every admin request needs it.
 */
class AdminGuardTest {

  private static final String ADMIN_TOKEN = "admin-s3cret";

  private Chat2DeskMockServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"})
  void write_asABrowserCanSendItCrossSite_answers415AndChangesNothing(String contentType) {
    server = Fixtures.start();
    Http anyone = new Http(server.baseUrl(), null);
    new Http(server.baseUrl(), Fixtures.TOKEN)
        .post("/v1/messages", json("{'client_id': 1, 'text': 'x'}"));

    Http.Response reset = anyone.send("POST", "/__admin/reset", "token=token-a", contentType);
    Http.Response account = anyone.send("POST", "/__admin/accounts", "token=evil", contentType);

    reset.is(
        415,
        json(
            "{'status': 'error', 'message': 'Admin writes need Content-Type: application/json"
                + " or an X-Chat2Desk-Admin header'}"));
    assertThat(account.status()).isEqualTo(415);
    assertThat(server.state().account(Fixtures.TOKEN).messages()).hasSize(3);
    assertThat(server.state().find("evil")).isEmpty();
  }

  @Test
  void write_withoutBodyOrHeader_answers415() {
    server = Fixtures.start();
    Http anyone = new Http(server.baseUrl(), null);

    assertThat(anyone.send("POST", "/__admin/reset", null, null).status()).isEqualTo(415);
    assertThat(anyone.delete("/__admin/faults").status()).isEqualTo(415);
  }

  @Test
  void write_withJsonContentType_allowed() {
    server = Fixtures.start();
    Http anyone = new Http(server.baseUrl(), null);

    Http.Response response =
        anyone.send(
            "POST", "/__admin/accounts", json("{'token': 'c'}"), "Application/JSON; charset=utf-8");

    response.is(200, "{\"status\":\"success\"}");
    assertThat(server.state().find("c")).isPresent();
  }

  @Test
  void write_withAdminHeaderOfAnyValue_allowedWithoutBody() {
    server = Fixtures.start();
    Http admin = Http.admin(server.baseUrl(), "yes");

    assertThat(admin.send("POST", "/__admin/reset", null, null).status()).isEqualTo(200);
    assertThat(admin.delete("/__admin/journal").status()).isEqualTo(200);
  }

  @Test
  void read_withoutHeader_allowedWhenNoTokenIsSet() {
    server = Fixtures.start();

    assertThat(new Http(server.baseUrl(), null).get("/__admin/health").status()).isEqualTo(200);
  }

  @Test
  void adminToken_missingOrWrong_answers401OnReadsAndWrites() {
    server = withAdminToken();
    Http anyone = new Http(server.baseUrl(), null);

    anyone
        .get("/__admin/health")
        .is(
            401,
            json(
                "{'status': 'error', 'message': 'The admin API needs the admin token in the"
                    + " X-Chat2Desk-Admin header'}"));
    assertThat(Http.admin(server.baseUrl(), "admin-s3cre").get("/__admin/journal").status())
        .isEqualTo(401);
    assertThat(anyone.post("/__admin/reset", "{}").status()).isEqualTo(401);
    assertThat(Http.admin(server.baseUrl(), "").post("/__admin/reset", "{}").status())
        .isEqualTo(401);
  }

  @Test
  void adminToken_right_allowsReadsAndWrites() {
    server = withAdminToken();
    Http admin = Http.admin(server.baseUrl(), ADMIN_TOKEN);

    assertThat(admin.get("/__admin/health").status()).isEqualTo(200);
    assertThat(admin.send("POST", "/__admin/reset", null, null).status()).isEqualTo(200);
  }

  @Test
  void adminToken_doesNotGuardTheApi() {
    server = withAdminToken();

    assertThat(new Http(server.baseUrl(), Fixtures.TOKEN).get("/v1/clients").status())
        .isEqualTo(200);
  }

  @Test
  void adminToken_neverPrinted() {
    server = withAdminToken();

    assertThat(server.toString()).doesNotContain(ADMIN_TOKEN);
  }

  @Test
  void networkExposure_loopback_noWarning() {
    assertThat(NetworkExposure.warning("127.0.0.1", false)).isEmpty();
    assertThat(NetworkExposure.warning("localhost", false)).isEmpty();
    assertThat(NetworkExposure.warning("::1", false)).isEmpty();
  }

  @Test
  void networkExposure_beyondLoopback_warnsAndSuggestsAnAdminToken() {
    assertThat(NetworkExposure.warning("0.0.0.0", false))
        .hasValueSatisfying(
            warning ->
                assertThat(warning)
                    .contains("0.0.0.0", "reachable from the network", "--admin-token"));
    assertThat(NetworkExposure.warning("10.1.2.3", true))
        .hasValueSatisfying(
            warning -> assertThat(warning).contains("only requests that carry the admin token"));
  }

  private static Chat2DeskMockServer withAdminToken() {
    return Chat2DeskMockServer.builder()
        .token(Fixtures.TOKEN)
        .adminToken(ADMIN_TOKEN)
        .build()
        .start();
  }
}
