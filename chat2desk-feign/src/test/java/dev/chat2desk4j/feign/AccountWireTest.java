package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.AccountInfo;
import dev.chat2desk4j.api.HelpEntry;
import dev.chat2desk4j.api.HelpList;
import dev.chat2desk4j.api.InvalidResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How the account's information and the reference lists are asked for and read. */
class AccountWireTest {

  @RegisterExtension static final CannedApi api = CannedApi.start();

  @Test
  void accountInfo_currentFieldNames_areRead() {
    api.answer(
        """
        {"data": {"companyID": 12, "partnerID": "3", "company_name": "Acme",
                  "admin_email": "admin@acme.example", "company_mode": "pro",
                  "company_lang": "ru"},
         "status": "success"}
        """);

    AccountInfo info = api.client().account().info();

    assertThat(api.line()).isEqualTo("GET /v1/companies/api_info");
    assertThat(info)
        .isEqualTo(
            new AccountInfo(
                12L,
                3L,
                "Acme",
                "admin@acme.example",
                "pro",
                "ru",
                null,
                null,
                null,
                null,
                null,
                null));
  }

  @Test
  void accountInfo_olderFieldNames_areRead() {
    api.answer(
        """
        {"data": {"mode": "basic", "hook": "https://crm.example/hook",
                  "chat_close_web_hook": "https://crm.example/closed", "current_version": "1.46",
                  "requests_this_month": "1500", "requests_limit": 2000, "channels": 3},
         "status": "success"}
        """);

    AccountInfo info = api.client().account().info();

    assertThat(info.mode()).isEqualTo("basic");
    assertThat(info.webHook()).isEqualTo("https://crm.example/hook");
    assertThat(info.chatCloseWebHook()).isEqualTo("https://crm.example/closed");
    assertThat(info.currentVersion()).isEqualTo("1.46");
    assertThat(info.requestsThisMonth()).isEqualTo(1500L);
    assertThat(info.requestsLeft()).hasValue(500);
    assertThat(info.channels()).isEqualTo(3);
    assertThat(info.companyId()).isNull();
  }

  @Test
  void accountInfo_channelsAsAList_areCounted() {
    api.answer("{\"data\": {\"channels\": [{\"id\": 1}, {\"id\": 2}]}}");

    assertThat(api.client().account().info().channels()).isEqualTo(2);
  }

  @Test
  void accountInfo_withoutData_isInvalidResponse() {
    api.answer("{\"status\": \"success\"}");

    assertThatThrownBy(() -> api.client().account().info())
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("data object");
  }

  @Test
  void helpList_objectsAndBareNames_areEntries() {
    api.answer(
        """
        {"data": [{"id": 1, "name": "open", "description": "going on"}, "closed", null, {},
                  {"id": "x", "name": 7}],
         "status": "success"}
        """);

    assertThat(api.client().account().helpList(HelpList.DIALOG_STATES))
        .containsExactly(
            new HelpEntry(1L, "open", "going on"),
            new HelpEntry(null, "closed", null),
            new HelpEntry(null, "7", null));
    assertThat(api.line()).isEqualTo("GET /v1/help/dialog_states");
  }
}
