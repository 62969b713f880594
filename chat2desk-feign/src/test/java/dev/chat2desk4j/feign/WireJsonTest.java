package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.Transport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireJsonTest {

  private static <T> T read(String json, TypeReference<T> type) throws Exception {
    return WireJson.MAPPER.readValue(json, type);
  }

  @Test
  void message_realShape_mapsEveryField() throws Exception {
    String json =
        """
        {"data": [{"id": 9001, "text": "Hello", "transport": "telegram", "type": "to_client",
          "read": 1, "created": "2026-11-24T10:15:00 UTC", "client_id": 4242, "operator_id": 3,
          "channel_id": 12, "dialog_id": 777, "request_id": 555, "photo": null,
          "attachments": [], "extra_data": {}}],
         "meta": {"total": 1, "limit": 20, "offset": 0}, "status": "success"}
        """;

    Page<Message> page =
        WireMapping.messages(
            read(json, new TypeReference<Wire.ListOf<Wire.MessageJson>>() {}),
            ListMessages.of(4242));

    assertThat(page.total()).hasValue(1);
    assertThat(page.items())
        .containsExactly(
            new Message(
                9001,
                4242,
                "Hello",
                MessageType.TO_CLIENT,
                Transport.TELEGRAM,
                true,
                Instant.parse("2026-11-24T10:15:00Z"),
                3L,
                12L,
                777L,
                555L,
                List.of(),
                null));
  }

  @Test
  void clientReadAlone_channelsWithTransportsAsNamesOrObjects_areMapped() throws Exception {
    String json =
        """
        {"data": {"id": 4242, "name": "Anna", "phone": "79001234567", "tags": [],
          "channels": [{"id": 1, "transports": ["telegram"]},
                       {"id": "2", "transports": [{"transport": "whatsapp"}, {"name": "viber"},
                                                  "carrier_pigeon", 7]},
                       {"name": "a channel without an id"}, null]},
         "status": "success"}
        """;

    Client client =
        WireMapping.client(read(json, new TypeReference<Wire.Item<Wire.ClientJson>>() {}).data());

    assertThat(client.id()).isEqualTo(4242);
    assertThat(client.channels())
        .containsExactly(
            ClientChannel.of(1, Transport.TELEGRAM),
            ClientChannel.of(
                2, Transport.WHATSAPP, Transport.VIBER, Transport.UNKNOWN, Transport.UNKNOWN));
  }

  @Test
  void message_numbersAsStringsAndIsoOffset_areAccepted() throws Exception {
    String json =
        """
        {"data": [{"id": "9001", "client_id": "4242", "read": "0", "type": "whatever_new",
          "transport": "carrier_pigeon", "created": "2026-11-24T13:15:00+03:00",
          "operator_id": ""}], "meta": {"total": "7"}}
        """;

    Page<Message> page =
        WireMapping.messages(
            read(json, new TypeReference<Wire.ListOf<Wire.MessageJson>>() {}),
            ListMessages.of(4242));

    Message message = page.items().get(0);
    assertThat(message.id()).isEqualTo(9001);
    assertThat(message.clientId()).isEqualTo(4242);
    assertThat(message.read()).isFalse();
    assertThat(message.type()).isEqualTo(MessageType.UNKNOWN);
    assertThat(message.transport()).isEqualTo(Transport.UNKNOWN);
    assertThat(message.createdAt()).isEqualTo(Instant.parse("2026-11-24T10:15:00Z"));
    assertThat(message.operatorId()).isNull();
    assertThat(page.total()).hasValue(7);
  }

  @Test
  void client_unknownFieldsAndMissingOptionals_areTolerated() throws Exception {
    String json =
        """
        {"data": [{"id": 4242, "phone": "79001234567", "brand_new_field": {"x": [1, 2]},
          "external_id": "crm-1", "custom_fields": {"a": 1}, "channels": [{"id": 1}],
          "tags": [5, "6", {"id": 7, "label": "vip"}, {"label": "no id"}]}],
         "status": "success", "extra": true}
        """;

    Page<Client> page =
        WireMapping.clients(
            read(json, new TypeReference<Wire.ListOf<Wire.ClientJson>>() {}), ListClients.of());

    Client client = page.items().get(0);
    assertThat(client.id()).isEqualTo(4242);
    assertThat(client.name()).isNull();
    assertThat(client.assignedName()).isNull();
    assertThat(client.externalId()).isEqualTo("crm-1");
    assertThat(client.tagIds()).containsExactly(5L, 6L, 7L);
    assertThat(page.total()).as("no meta: total unknown").isEmpty();
    assertThat(page.limit()).as("no meta: the requested limit").isEqualTo(20);
  }

  @Test
  void page_metaLimitBelowTheRequest_isThePagesLimit() throws Exception {
    String json = "{\"data\": [{\"id\": 1}, {\"id\": 2}], \"meta\": {\"limit\": 2}}";

    Page<Client> page =
        WireMapping.clients(
            read(json, new TypeReference<>() {}), ListClients.of().withOffset(0).withLimit(200));

    assertThat(page.limit()).isEqualTo(2);
    assertThat(page.total()).isEmpty();
    assertThat(page.hasNext()).as("a full page of the applied limit").isTrue();
  }

  @Test
  void page_metaLimitAboveTheRequest_keepsTheRequestedLimit() throws Exception {
    String json = "{\"data\": [{\"id\": 1}, {\"id\": 2}], \"meta\": {\"limit\": 500}}";

    Page<Client> page =
        WireMapping.clients(
            read(json, new TypeReference<>() {}), ListClients.of().withOffset(0).withLimit(2));

    assertThat(page.limit()).isEqualTo(2);
    assertThat(page.hasNext()).isTrue();
  }

  @Test
  void page_negativeTotal_isUnknown() throws Exception {
    String json = "{\"data\": [], \"meta\": {\"total\": -1}}";

    Page<Client> page = WireMapping.clients(read(json, new TypeReference<>() {}), ListClients.of());

    assertThat(page.total()).isEmpty();
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void page_serverEchoingWrongOffset_keepsRequestedOffset() throws Exception {
    String json = "{\"data\": [{\"id\": 1}], \"meta\": {\"total\": 500, \"offset\": 0}}";

    Page<Client> page =
        WireMapping.clients(
            read(json, new TypeReference<>() {}), ListClients.of().withOffset(200).withLimit(200));

    assertThat(page.offset()).isEqualTo(200);
    assertThat(page.nextOffset()).isEqualTo(201);
  }

  @Test
  void parseTimestamp_everyKnownFormat_isUtcInstant() {
    Instant expected = Instant.parse("2026-11-24T10:15:00Z");

    assertThat(WireJson.parseTimestamp("2026-11-24T10:15:00 UTC")).isEqualTo(expected);
    assertThat(WireJson.parseTimestamp("2026-11-24 10:15:00 UTC")).isEqualTo(expected);
    assertThat(WireJson.parseTimestamp("2026-11-24T10:15:00Z")).isEqualTo(expected);
    assertThat(WireJson.parseTimestamp("2026-11-24T12:15:00+02:00")).isEqualTo(expected);
    assertThat(WireJson.parseTimestamp("2026-11-24T10:15:00")).isEqualTo(expected);
    assertThat(WireJson.parseTimestamp(Long.toString(expected.getEpochSecond())))
        .isEqualTo(expected);
  }

  @Test
  void parseTimestamp_garbage_isNullNotFailure() {
    assertThat(WireJson.parseTimestamp("yesterday")).isNull();
    assertThat(WireJson.parseTimestamp("")).isNull();
    assertThat(WireJson.parseTimestamp(null)).isNull();
  }

  @Test
  void parseBoolean_wireVariants_areUnderstood() {
    assertThat(WireJson.parseBoolean("True")).isTrue();
    assertThat(WireJson.parseBoolean("1")).isTrue();
    assertThat(WireJson.parseBoolean("false")).isFalse();
    assertThat(WireJson.parseBoolean("0")).isFalse();
    assertThat(WireJson.parseBoolean("maybe")).isNull();
  }

  @Test
  void sendBody_optionalFieldsAbsent_areLeftOutOfJson() throws Exception {
    String json =
        WireJson.MAPPER.writeValueAsString(
            WireMapping.body(dev.chat2desk4j.api.SendMessage.of(42, "hi").withChannelId(7)));

    assertThat(json)
        .isEqualTo("{\"client_id\":42,\"text\":\"hi\",\"type\":\"to_client\",\"channel_id\":7}");
  }
}
