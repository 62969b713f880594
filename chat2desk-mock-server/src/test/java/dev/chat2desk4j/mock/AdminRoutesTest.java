package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminRoutesTest {

  private Chat2DeskMockServer server;
  private Http admin;
  private Http api;

  @BeforeEach
  void start() {
    server = Fixtures.start();
    admin = Http.admin(server.baseUrl(), "1");
    api = new Http(server.baseUrl(), Fixtures.TOKEN);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void health_answersOkWithoutToken() {
    admin
        .get("/__admin/health")
        .is(
            200,
            json(
                "{'data': {'accounts': 2, 'journal_capacity': 10000,"
                    + " 'journal_max_bytes': 33554432}, 'status': 'ok'}"));
  }

  @Test
  void accounts_registersAnotherToken() {
    admin
        .post("/__admin/accounts", json("{'token': 'token-c'}"))
        .is(200, "{\"status\":\"success\"}");

    assertThat(api.as("token-c").get("/v1/clients").status()).isEqualTo(200);
  }

  @Test
  void accounts_withoutToken_answers422() {
    admin
        .post("/__admin/accounts", "{}")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'token': ['is required']}}"));
  }

  @Test
  void reset_oneToken_resetsThatAccountOnly() {
    api.post("/v1/messages", json("{'client_id': 1, 'text': 'x'}"));
    api.as(Fixtures.OTHER_TOKEN).post("/v1/clients", json("{'phone': '1'}"));

    admin.post("/__admin/reset", json("{'token': 'token-b'}")).is(200, "{\"status\":\"success\"}");

    assertThat(server.state().account(Fixtures.TOKEN).messages()).hasSize(3);
    assertThat(server.state().account(Fixtures.OTHER_TOKEN).clients()).isEmpty();
  }

  @Test
  void reset_all_resetsEveryAccount() {
    api.post("/v1/messages", json("{'client_id': 1, 'text': 'x'}"));

    admin.post("/__admin/reset", null);

    assertThat(server.state().account(Fixtures.TOKEN).messages()).hasSize(2);
  }

  @Test
  void reset_unknownToken_answers404() {
    admin
        .post("/__admin/reset?token=zzz", null)
        .is(404, json("{'status': 'error', 'message': 'No account has this token'}"));
  }

  @Test
  void seed_jsonForOneToken_addsDataThatSurvivesReset() {
    String seed =
        json(
            "{'operators': ['Kim', 'Lee'], 'channels': [{'name': 'Mail', 'transport': 'email'}],"
                + " 'clients': [{'name': 'Lev', 'phone': '700', 'channel': 'Mail',"
                + " 'messages': [{'type': 'from_client', 'text': 'Hi'},"
                + " {'type': 'to_client', 'text': 'Hello', 'operator': 'Kim'}],"
                + " 'transfers': ['Lee']}]}");

    admin.post("/__admin/seed?token=token-b", seed).is(200, "{\"status\":\"success\"}");
    server.reset();

    Http other = api.as(Fixtures.OTHER_TOKEN);
    assertThat(other.get("/v1/messages?client_id=1").json().at("/meta/total").asInt()).isEqualTo(2);
    assertThat(other.get("/v1/transfers").json().at("/data/0/to_operator_id").asInt()).isEqualTo(2);
    assertThat(other.get("/v1/messages?client_id=1").json().at("/data/0/transport").asText())
        .isEqualTo("email");
  }

  @Test
  void seed_demoPresetForOneToken_addsDemoData() {
    admin.post("/__admin/seed?preset=demo&token=token-b", null).is(200, "{\"status\":\"success\"}");

    assertThat(api.as(Fixtures.OTHER_TOKEN).get("/v1/clients").json().at("/meta/total").asInt())
        .isEqualTo(5);
  }

  @Test
  void seed_conflictingWithOneAccount_changesNoAccount() {
    Http.Response response = admin.post("/__admin/seed?preset=demo", null);

    assertThat(response.status()).isEqualTo(400);
    assertThat(server.state().account(Fixtures.TOKEN).operators()).hasSize(2);
    assertThat(server.state().account(Fixtures.OTHER_TOKEN).operators()).isEmpty();
  }

  @Test
  void seed_invalid_answers400WithReason() {
    Http.Response response =
        admin.post("/__admin/seed", json("{'clients': [{'channel': 'Nowhere'}]}"));

    response.is(
        400, "{\"status\": \"error\", \"message\": \"Seed names unknown channel 'Nowhere'\"}");
  }

  @Test
  void journal_getAndDelete() {
    api.get("/v1/clients?limit=1");

    Http.Response journal = admin.get("/__admin/journal");

    assertThat(journal.status()).isEqualTo(200);
    assertThat(journal.json().at("/data/0/path").asText()).isEqualTo("/v1/clients");
    assertThat(journal.json().at("/data/0/query").asText()).isEqualTo("limit=1");
    assertThat(journal.json().at("/data/0/status").asInt()).isEqualTo(200);
    assertThat(journal.json().at("/data/0/at").asText()).isEqualTo("2026-11-24T10:15:00Z");
    assertThat(journal.json().at("/data/0/body_size").asInt()).isZero();
    assertThat(journal.json().at("/data/0/body_truncated").asBoolean()).isFalse();
    assertThat(journal.json().at("/meta/total").asInt()).isEqualTo(1);
    assertThat(journal.json().at("/meta/max_bytes").asLong()).isEqualTo(33_554_432L);
    admin.delete("/__admin/journal").is(200, "{\"status\":\"success\"}");
    assertThat(server.journal()).isEmpty();
  }

  @Test
  void faults_postGetDelete() {
    Http.Response created =
        admin.post(
            "/__admin/faults",
            json(
                "{'operation': 'sendMessage', 'action': 'respond', 'status': 429,"
                    + " 'retry_after_seconds': 3, 'times': 2}"));

    created.is(
        200,
        json(
            "{'data': {'id': 1, 'method': 'POST', 'path': '/v1/messages', 'action': 'respond',"
                + " 'status': 429, 'retry_after_seconds': 3, 'remaining': 2, 'probability': 1.0,"
                + " 'fired': 0}, 'status': 'success'}"));
    Http.Response faulted = api.post("/v1/messages", json("{'client_id': 1, 'text': 'x'}"));
    assertThat(faulted.status()).isEqualTo(429);
    assertThat(faulted.raw().headers().firstValue("Retry-After")).hasValue("3");
    assertThat(admin.get("/__admin/faults").json().at("/data/0/remaining").asInt()).isEqualTo(1);
    admin.delete("/__admin/faults/1").is(200, "{\"status\":\"success\"}");
    assertThat(server.faults().rules()).isEmpty();
    assertThat(admin.delete("/__admin/faults/1").status()).isEqualTo(404);
  }

  @Test
  void faults_pathRuleWithDelayAndProbability_registered() {
    admin.post(
        "/__admin/faults",
        json(
            "{'method': 'GET', 'path': '/v1/clients*', 'action': 'delay', 'delay_ms': 1,"
                + " 'probability': 0.5}"));
    admin.post("/__admin/faults", json("{'path': '/v1/*', 'action': 'drop_connection'}"));

    Http.Response rules = admin.get("/__admin/faults");

    assertThat(rules.json().at("/data/0/delay_ms").asInt()).isEqualTo(1);
    assertThat(rules.json().at("/data/0/probability").asDouble()).isEqualTo(0.5);
    assertThat(rules.json().at("/data/1/method").asText()).isEqualTo("*");
    admin.delete("/__admin/faults").is(200, "{\"status\":\"success\"}");
    assertThat(server.faults().rules()).isEmpty();
  }

  @Test
  void faults_storeThenDropRule_registeredAndShown() {
    admin
        .post(
            "/__admin/faults",
            json("{'operation': 'getClient', 'action': 'store_then_drop', 'times': 1}"))
        .is(
            200,
            json(
                "{'data': {'id': 1, 'method': 'GET', 'path': '/v1/clients/{id}',"
                    + " 'action': 'store_then_drop', 'remaining': 1, 'probability': 1.0,"
                    + " 'fired': 0}, 'status': 'success'}"));

    assertThat(server.faults().rules().get(0).fault())
        .isInstanceOf(dev.chat2desk4j.mock.fault.StoreThenDrop.class);
  }

  @Test
  void faults_invalidRule_answers400() {
    assertThat(
            admin.post("/__admin/faults", json("{'path': '/v1/x', 'action': 'explode'}")).status())
        .isEqualTo(400);
    assertThat(admin.post("/__admin/faults", json("{'action': 'respond', 'status': 500}")).status())
        .isEqualTo(400);
    assertThat(admin.post("/__admin/faults", "nope").status()).isEqualTo(400);
    assertThat(server.faults().rules()).isEmpty();
  }

  @Test
  void incomingMessage_storedAsFromClient() {
    Http.Response response =
        admin.post(
            "/__admin/messages/incoming",
            json("{'token': 'token-a', 'client_id': 2, 'text': 'Where is my parcel?'}"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/data/type").asText()).isEqualTo("from_client");
    assertThat(response.json().at("/data/transport").asText()).isEqualTo("whatsapp");
    assertThat(api.get("/v1/messages?client_id=2").json().at("/data/0/text").asText())
        .isEqualTo("Where is my parcel?");
  }

  @Test
  void incomingMessage_unknownClient_answers404() {
    assertThat(
            admin
                .post(
                    "/__admin/messages/incoming",
                    json("{'token': 'token-a', 'client_id': 9, 'text': 'x'}"))
                .status())
        .isEqualTo(404);
  }

  @Test
  void unknownAdminPath_answers404() {
    admin.get("/__admin/nope").is(404, json("{'status': 'error', 'message': 'Page not found'}"));
  }
}
