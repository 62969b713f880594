package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Channel;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.ListChannels;
import dev.chat2desk4j.api.ListOperators;
import dev.chat2desk4j.api.Operator;
import dev.chat2desk4j.api.OperatorGroup;
import dev.chat2desk4j.api.OperatorRole;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.Transport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the operator and channel operations send, and how their answers are read. */
class OperatorsWireTest {

  @RegisterExtension static final CannedApi api = CannedApi.start();

  @Test
  void listOperators_filters_areQueryParameters_andFlagsAreRead() {
    api.answer(
        """
        {"data": [{"id": 5, "email": "olga@example.com", "phone": "79001112233",
                   "role": "supervisor", "online": 1, "opened_dialogs": "4",
                   "first_name": "Olga", "last_name": "Petrova", "avatar": null,
                   "access_right_id": 2, "external_id": 1001,
                   "last_visit": "2026-11-24T09:00:00 UTC", "status_id": 1},
                  {"id": 6, "role": "trainee", "online": "0"}],
         "meta": {"total": 2, "limit": 20, "offset": 0}, "status": "success"}
        """);

    Page<Operator> page =
        api.client()
            .operators()
            .list(
                ListOperators.of()
                    .withPhone("79001112233")
                    .withEmail("olga@example.com")
                    .withOnline(true)
                    .withStatus("enabled")
                    .withRole(OperatorRole.SUPERVISOR));

    assertThat(api.line())
        .isEqualTo(
            "GET /v1/operators?limit=20&offset=0&phone=79001112233&email=olga%40example.com"
                + "&online=1&status=enabled&role=supervisor");
    assertThat(page.items())
        .containsExactly(
            new Operator(
                5,
                "olga@example.com",
                "79001112233",
                OperatorRole.SUPERVISOR,
                true,
                4,
                "Olga",
                "Petrova",
                null,
                2L,
                "1001",
                Instant.parse("2026-11-24T09:00:00Z"),
                1L),
            new Operator(
                6,
                null,
                null,
                OperatorRole.UNKNOWN,
                false,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
  }

  @Test
  void getOperatorGroups_wholeListWithoutMeta_isRead() {
    api.answer(
        """
        {"data": [{"id": 1, "name": "Support", "operator_ids": [5, "6", "x", null]},
                  {"id": 2, "name": "Empty"}],
         "status": "success"}
        """);

    List<OperatorGroup> groups = api.client().operators().groups();

    assertThat(api.line()).isEqualTo("GET /v1/operators_groups");
    assertThat(groups)
        .containsExactly(
            new OperatorGroup(1, "Support", List.of(5L, 6L)),
            new OperatorGroup(2, "Empty", List.of()));
  }

  @Test
  void listChannels_phoneFilter_andTransportsAsNamesOrObjects() {
    api.answer(
        """
        {"data": [{"id": 1, "name": "Support", "phone": "79000000001",
                   "transports": ["telegram", {"transport": "whatsapp"}, "max"]}],
         "meta": {"total": 1}}
        """);

    Page<Channel> page = api.client().channels().list(ListChannels.of().withPhone("79000000001"));

    assertThat(api.line()).isEqualTo("GET /v1/channels?limit=20&offset=0&phone=79000000001");
    assertThat(page.items())
        .containsExactly(
            new Channel(
                1,
                "Support",
                "79000000001",
                List.of(Transport.TELEGRAM, Transport.WHATSAPP, Transport.UNKNOWN)));
  }

  @Test
  void getChannel_missingTransports_areNone() {
    api.answer("{\"data\": {\"id\": 1, \"name\": \"Support\"}, \"status\": \"success\"}");

    Channel channel = api.client().channels().get(1);

    assertThat(api.line()).isEqualTo("GET /v1/channels/1");
    assertThat(channel).isEqualTo(new Channel(1, "Support", null, List.of()));
  }

  @Test
  void getChannel_dataAsAList_isInvalidResponse() {
    api.answer("{\"data\": [{\"id\": 1}], \"status\": \"success\"}");

    assertThatThrownBy(() -> api.client().channels().get(1))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("GET /v1/channels/1");
  }
}
