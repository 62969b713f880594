package dev.chat2desk4j.feign;

import static dev.chat2desk4j.feign.CannedApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.CreateClient;
import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.api.UpdateClient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each client operation sends, and how its answer is read, from canned answers. */
class ClientsWireTest {

  @RegisterExtension static final CannedApi api = CannedApi.start();

  @Test
  void listClients_everyFilter_isAQueryParameter() {
    api.answer("{\"data\": [], \"meta\": {\"total\": 0}, \"status\": \"success\"}");

    api.client()
        .listClients(
            ListClients.of()
                .withPhone("+79001234567")
                .withTagIds(3, 5)
                .withOrder(SortOrder.DESC)
                .withCreatedAfter(Instant.parse("2026-11-24T10:15:00.750Z"))
                .withLimit(50)
                .withOffset(100));

    assertThat(api.line())
        .isEqualTo(
            "GET /v1/clients?limit=50&offset=100&phone=%2B79001234567&tags=3%2C5&order=desc"
                + "&created_after=2026-11-24T10%3A15%3A00Z");
  }

  @Test
  void listClients_noFilter_sendsOnlyThePage() {
    api.answer("{\"data\": []}");

    Page<Client> page = api.client().listClients();

    assertThat(api.line()).isEqualTo("GET /v1/clients?limit=20&offset=0");
    assertThat(page.items()).isEmpty();
    assertThat(page.total()).as("no meta").isEmpty();
  }

  @Test
  void getClient_fullCard_mapsCommentsCustomFieldsTagsAndChannels() {
    api.answer(
        """
        {"data": {"id": "42", "name": "Anna", "assigned_name": "Anna (VIP)",
                  "client_external_id": "crm-1", "external_id": "old", "comment": "likes tea",
                  "extra_comment_1": "one", "extra_comment_2": "two", "extra_comment_3": null,
                  "custom_fields": {"city": "Kazan", "orders": 3, "vip": true, "gone": null,
                                    "address": {"street": "Lenina"}},
                  "tags": [{"id": 3, "label": "vip"}, "5"],
                  "channels": [{"id": 1, "transports": ["telegram"]}]},
         "status": "success"}
        """);

    Client anna = api.client().clients().get(42);

    assertThat(api.line()).isEqualTo("GET /v1/clients/42");
    assertThat(anna.id()).isEqualTo(42);
    assertThat(anna.displayName()).isEqualTo("Anna (VIP)");
    assertThat(anna.externalId()).isEqualTo("crm-1");
    assertThat(anna.comment()).isEqualTo("likes tea");
    assertThat(anna.extraComment1()).isEqualTo("one");
    assertThat(anna.extraComment2()).isEqualTo("two");
    assertThat(anna.extraComment3()).isNull();
    assertThat(anna.customFields())
        .containsExactly(
            Map.entry("city", "Kazan"),
            Map.entry("orders", "3"),
            Map.entry("vip", "true"),
            Map.entry("address", "{\"street\":\"Lenina\"}"));
    assertThat(anna.tagIds()).containsExactly(3L, 5L);
    assertThat(anna.channels()).containsExactly(ClientChannel.of(1, Transport.TELEGRAM));
  }

  @Test
  void getClient_customFieldsAsAnEmptyArray_areNone() {
    api.answer("{\"data\": {\"id\": 42, \"custom_fields\": []}, \"status\": \"success\"}");

    assertThat(api.client().clients().get(42).customFields()).isEmpty();
  }

  @Test
  void createClient_everyField_isInTheBody_andTheNewClientIsRead() {
    api.answer("{\"data\": {\"id\": 77, \"phone\": \"79001234567\"}, \"status\": \"success\"}");

    Client created =
        api.client()
            .clients()
            .create(
                CreateClient.of("79001234567")
                    .withTransport(Transport.TELEGRAM)
                    .withChannelId(3)
                    .withNickname("Anna")
                    .withAssignedPhone("79990001122"));

    assertThat(api.line()).isEqualTo("POST /v1/clients");
    assertThat(api.request().header("Content-Type")).startsWith("application/json");
    assertThat(api.body())
        .isEqualTo(
            json(
                """
                {"phone": "79001234567", "transport": "telegram", "channel_id": 3,
                 "nickname": "Anna", "assigned_phone": "79990001122"}
                """));
    assertThat(created.id()).isEqualTo(77);
  }

  @Test
  void createClient_answerWithoutTheNewId_isInvalidResponse() {
    api.answer("{\"data\": {\"phone\": \"79001234567\"}, \"status\": \"success\"}");

    assertThatThrownBy(() -> api.client().clients().create(CreateClient.of("79001234567")))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("POST /v1/clients")
        .hasMessageContaining("data.id");
  }

  @Test
  void updateClient_sendsOnlyTheFieldsSet() {
    api.answer("{\"data\": {\"id\": 42, \"comment\": \"vip\"}, \"status\": \"success\"}");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("city", "Kazan");
    fields.put("size", "M");

    Client updated =
        api.client()
            .clients()
            .update(
                UpdateClient.of(42)
                    .withComment("vip")
                    .withExtraComment2("")
                    .withCustomFields(fields));

    assertThat(api.line()).isEqualTo("PUT /v1/clients/42");
    assertThat(api.body())
        .isEqualTo(
            json(
                """
                {"comment": "vip", "extra_comment_2": "",
                 "custom_fields": {"city": "Kazan", "size": "M"}}
                """));
    assertThat(updated.comment()).isEqualTo("vip");
  }

  @Test
  void updateClient_settingNothing_sendsAnEmptyObject() {
    api.answer("{\"data\": {\"id\": 42}, \"status\": \"success\"}");

    api.client().clients().update(UpdateClient.of(42));

    assertThat(api.body()).isEqualTo(json("{}"));
  }

  @Test
  void getClientTransports_channelIdShape_isReadAsChannels() {
    api.answer(
        """
        {"data": [{"channel_id": 1, "transports": ["telegram"]},
                  {"channel_id": "2", "transports": ["whatsapp", "carrier_pigeon"]},
                  {"transports": ["viber"]}],
         "status": "success"}
        """);

    assertThat(api.client().clients().transports(42))
        .containsExactly(
            ClientChannel.of(1, Transport.TELEGRAM),
            ClientChannel.of(2, Transport.WHATSAPP, Transport.UNKNOWN));
    assertThat(api.line()).isEqualTo("GET /v1/clients/42/transport");
  }

  @Test
  void getClientTransports_answerWithoutData_isInvalidResponse() {
    api.answer("{\"status\": \"success\"}");

    assertThatThrownBy(() -> api.client().clients().transports(42))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("data array");
  }

  @Test
  void listClientDialogs_pageOfDialogs_isRead() {
    api.answer(
        """
        {"data": [{"id": 7, "state": "open", "begin": "2026-11-24T10:00:00 UTC",
                   "operator_id": 5, "messages": 3}],
         "meta": {"total": 1, "limit": 20, "offset": 0}, "status": "success"}
        """);

    Page<Dialog> page = api.client().clients().dialogs(42);

    assertThat(api.line()).isEqualTo("GET /v1/clients/42/dialogs?limit=20&offset=0");
    assertThat(page.total()).hasValue(1);
    Dialog dialog = page.items().get(0);
    assertThat(dialog.state()).isEqualTo(DialogState.OPEN);
    assertThat(dialog.begin()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
    assertThat(dialog.messageCount()).isEqualTo(3);
  }

  @Test
  void getClientLastQuestion_messageWithoutClientId_belongsToTheClientAsked() {
    api.answer(
        "{\"data\": {\"id\": 9001, \"text\": \"Where is my order?\", \"type\": \"from_client\"}}");

    Message question = api.client().clients().lastQuestion(42);

    assertThat(api.line()).isEqualTo("GET /v1/clients/42/last_question");
    assertThat(question.id()).isEqualTo(9001);
    assertThat(question.clientId()).isEqualTo(42);
    assertThat(question.isIncoming()).isTrue();
  }

  @Test
  void getClientLastQuestion_nullData_isInvalidResponse() {
    api.answer("{\"data\": null, \"status\": \"success\"}");

    assertThatThrownBy(() -> api.client().clients().lastQuestion(42))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("data object");
  }
}
