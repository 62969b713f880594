package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.state.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRoutesTest extends ReferenceServerTest {

  @Test
  void apiInfo_rendersBothGenerationsAndCountsThisAccountsCalls() {
    http.get("/v1/clients");
    http.get("/v1/clients/99");
    http.as(Fixtures.OTHER_TOKEN).get("/v1/clients");
    http.as("unknown-token").get("/v1/clients");
    http.get("/v1/no-such-path");

    http.get("/v1/companies/api_info")
        .is(
            200,
            json(
                "{'data': {'companyID': 1, 'partnerID': null,"
                    + " 'company_name': 'chat2desk4j fake account-1',"
                    + " 'admin_email': 'admin@account-1.example', 'company_mode': 'full',"
                    + " 'company_lang': 'en', 'mode': 'full', 'hook': null,"
                    + " 'chat_close_web_hook': null, 'current_version': 'v1',"
                    + " 'requests_this_month': 3, 'requests_limit': null, 'channels': 2},"
                    + " 'status': 'success'}"));
    assertThat(
            http.as(Fixtures.OTHER_TOKEN)
                .get("/v1/companies/api_info")
                .json()
                .at("/data/requests_this_month")
                .asInt())
        .isEqualTo(2);
  }

  @Test
  void apiInfo_aResetStartsTheCountAgain() {
    http.get("/v1/tags");

    server.reset();

    assertThat(http.get("/v1/companies/api_info").json().at("/data/requests_this_month").asInt())
        .isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"transports", "roles", "dialog_states", "message_types", "api_modes"})
  void help_answersEachListWhole(String list) {
    JsonNode answer = http.get("/v1/help/" + list).json();

    assertThat(answer.get("status").asText()).isEqualTo("success");
    assertThat(answer.get("data")).isNotEmpty();
    assertThat(answer.at("/data/0/id").asInt()).isEqualTo(1);
    assertThat(answer.has("meta")).isFalse();
  }

  @Test
  void help_listsTheWireValues() {
    assertThat(http.get("/v1/help/roles").json().get("data").findValuesAsText("name"))
        .containsExactly("admin", "supervisor", "operator");
    assertThat(http.get("/v1/help/Dialog_States").json().get("data").findValuesAsText("name"))
        .containsExactly("open", "closed");
    assertThat(http.get("/v1/help/transports").json().get("data").findValuesAsText("name"))
        .contains("telegram", "whatsapp")
        .doesNotContain("unknown");
  }

  @Test
  void help_unknownList_isUnroutedBeforeTheToken() {
    http.as(null)
        .get("/v1/help/regions")
        .is(404, json("{'status': 'error', 'message': 'Page not found'}"));
    assertThat(server.verify().requests(Operation.GET_HELP_LIST).count()).isZero();
  }

  @Test
  void quota_spent_answersTheQuotaErrorForEveryCallUntilRaised() {
    server.state().account(Fixtures.TOKEN).reference().usage().set(5L, 3);
    JsonNode info = http.get("/v1/companies/api_info").json().get("data");
    http.post("/v1/messages", "{\"client_id\": 1, \"text\": \"last one\"}");

    Http.Response spent = http.post("/v1/messages", "{\"client_id\": 1, \"text\": \"one more\"}");

    spent.is(402, json("{'status': 'error', 'message': 'API calls exceeded API limit per month'}"));
    assertThat(info.get("requests_this_month").asInt()).isEqualTo(4);
    assertThat(info.get("requests_limit").asInt()).isEqualTo(5);
    http.get("/v1/companies/api_info")
        .is(402, json("{'status': 'error', 'message': 'API calls exceeded API limit per month'}"));
    assertThat(server.state().account(Fixtures.TOKEN).messagesOf(1)).hasSize(3);
    assertThat(http.as(Fixtures.OTHER_TOKEN).get("/v1/clients").status()).isEqualTo(200);
    Http admin = Http.admin(server.baseUrl(), "1");
    admin
        .post("/__admin/quota?token=" + Fixtures.TOKEN, "{\"limit\": 10, \"used\": 5}")
        .is(200, json("{'data': {'limit': 10, 'requests_this_month': 5}, 'status': 'success'}"));
    assertThat(http.get("/v1/companies/api_info").json().at("/data/requests_this_month").asInt())
        .isEqualTo(6);
  }

  @Test
  void quota_seededNearItsLimit_showsInApiInfoAndIsSpentAfterTheLastCall() {
    server.addAccount("near-quota");
    server.seed("near-quota", Seed.builder().quota(3, 1).build());
    Http other = http.as("near-quota");

    JsonNode info = other.get("/v1/companies/api_info").json().get("data");
    other.get("/v1/clients");

    assertThat(info.get("requests_this_month").asInt()).isEqualTo(2);
    assertThat(info.get("requests_limit").asInt()).isEqualTo(3);
    assertThat(other.get("/v1/clients").status()).isEqualTo(402);
    assertThat(server.verify().requests(Operation.LIST_CLIENTS).withStatus(402).count())
        .isEqualTo(1);
  }

  @Test
  void adminQuota_readsAndRejectsBadValues() {
    Http admin = Http.admin(server.baseUrl(), "1");

    admin
        .get("/__admin/quota?token=" + Fixtures.TOKEN)
        .is(200, json("{'data': {'limit': null, 'requests_this_month': 0}, 'status': 'success'}"));
    admin
        .post("/__admin/quota?token=" + Fixtures.TOKEN, "{\"limit\": -1, \"used\": \"x\"}")
        .is(
            400,
            json(
                "{'status': 'error', 'message': 'Invalid quota', 'errors':"
                    + " {'limit': ['must be an integer from 0 to 9223372036854775807'],"
                    + " 'used': ['must be an integer from 0 to 9223372036854775807']}}"));
    assertThat(admin.post("/__admin/quota?token=nobody", "{}").status()).isEqualTo(404);
  }
}
