package dev.chat2desk4j.mock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.GetClient;
import dev.chat2desk4j.api.ListUnansweredDialogs;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Transfer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed format's client cards and dialogs, in JSON and through the builders. */
class SeedCardsAndDialogsTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:15:00Z");

  private static final String JSON =
      """
      {"operators": ["Olga", "Ivan"],
       "channels": [{"name": "Tg", "transport": "telegram"}],
       "clients": [{"name": "Anna", "phone": "79001234567", "channel": "Tg",
                    "assigned_name": "Anna (VIP)", "comment": "Prefers mornings",
                    "extra_comment_1": "one", "extra_comment_2": "two", "extra_comment_3": "three",
                    "external_id": "crm-1", "custom_fields": {"city": "Kazan"},
                    "dialogs": [{"state": "closed", "operator": "Olga",
                                 "begin": "2026-11-20T09:00:00Z", "end": "2026-11-20 10:00:00 UTC",
                                 "messages": [{"text": "Hi", "read": true},
                                              {"type": "to_client", "text": "Hello",
                                               "operator": "Olga"}],
                                 "transfers": ["Ivan"]}],
                    "messages": [{"text": "Me again"}]}]}
      """;

  @Test
  void fromJson_cardAndDialogs_readAsTheBuilderWritesThem() {
    Seed parsed = Seed.fromJson(JSON);

    SeedClient expected =
        SeedClient.of("Anna", "79001234567")
            .withChannel("Tg")
            .withCard(
                ClientCard.empty()
                    .withAssignedName("Anna (VIP)")
                    .withComment("Prefers mornings")
                    .withExtraComments("one", "two", "three")
                    .withExternalId("crm-1")
                    .withCustomField("city", "Kazan"))
            .dialog(
                SeedDialog.closed()
                    .withOperator("Olga")
                    .withBegin(Instant.parse("2026-11-20T09:00:00Z"))
                    .withEnd(Instant.parse("2026-11-20T10:00:00Z"))
                    .message(new SeedMessage(MessageType.FROM_CLIENT, "Hi", null, true))
                    .reply("Olga", "Hello")
                    .transferTo("Ivan"))
            .incoming("Me again");
    assertThat(parsed.clients()).containsExactly(expected);
  }

  @Test
  void applyTo_cardAndClosedDialog_areWhatTheApiShows() {
    MockAccount account =
        MockState.create(Clock.fixed(NOW, ZoneOffset.UTC)).addAccount("t", Seed.fromJson(JSON));

    Client anna = account.getClient(GetClient.of(1));
    assertThat(anna.assignedName()).isEqualTo("Anna (VIP)");
    assertThat(anna.comment()).isEqualTo("Prefers mornings");
    assertThat(anna.extraComment3()).isEqualTo("three");
    assertThat(anna.externalId()).isEqualTo("crm-1");
    assertThat(anna.customFields()).isEqualTo(Map.of("city", "Kazan"));
    Dialog closed = account.findDialog(1).orElseThrow();
    assertThat(closed.state()).isEqualTo(DialogState.CLOSED);
    assertThat(closed.begin()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
    assertThat(closed.end()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
    assertThat(closed.operatorId()).isEqualTo(2L);
    assertThat(closed.messageCount()).isEqualTo(2);
    assertThat(account.messagesOf(1))
        .extracting(Message::createdAt, Message::read)
        .containsExactly(
            tuple(Instant.parse("2026-11-20T09:00:00Z"), true),
            tuple(Instant.parse("2026-11-20T09:01:00Z"), true),
            tuple(NOW, false));
    assertThat(account.transfers())
        .singleElement()
        .extracting(Transfer::createdAt)
        .isEqualTo(Instant.parse("2026-11-20T09:02:00Z"));
    assertThat(account.findDialog(2).orElseThrow().isOpen()).isTrue();
  }

  @Test
  void builder_closeDialogThenMore_startsANewDialog() {
    SeedClient client = SeedClient.of("Lev", "700").incoming("a").closeDialog().incoming("b");

    assertThat(client.dialogs())
        .extracting(SeedDialog::state)
        .containsExactly(DialogState.CLOSED, DialogState.OPEN);
    assertThatThrownBy(() -> SeedClient.of("Lev", "700").closeDialog())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void badDialogs_areRejectedNamingTheProblem() {
    assertThatThrownBy(
            () ->
                SeedClient.of("Lev", null)
                    .dialog(SeedDialog.open())
                    .incoming("x")
                    .dialog(SeedDialog.closed()))
        .hasMessageContaining("open dialog before its last one");
    assertThatThrownBy(() -> SeedDialog.open().withBegin(NOW).withEnd(NOW))
        .hasMessageContaining("Only a closed seed dialog");
    assertThatThrownBy(
            () ->
                SeedDialog.closed()
                    .withBegin(NOW)
                    .incoming("a")
                    .incoming("b")
                    .withEnd(NOW.plusSeconds(30)))
        .hasMessageContaining("must not come before its last message");
    assertThatThrownBy(() -> Seed.fromJson("{\"clients\": [{\"dialogs\": [{\"state\": \"x\"}]}]}"))
        .hasMessageContaining("unknown state 'x'");
    assertThatThrownBy(
            () -> Seed.fromJson("{\"clients\": [{\"dialogs\": [{\"begin\": \"yesterday\"}]}]}"))
        .hasMessageContaining("'begin' must be a moment");
    assertThatThrownBy(() -> Seed.fromJson("{\"clients\": [{\"custom_fields\": [1]}]}"))
        .hasMessageContaining("'custom_fields' must be an object");
  }

  @Test
  void applyTo_dialogWithUnknownOperator_changesNothing() {
    MockAccount account = MockState.create().addAccount("t");
    Seed seed =
        Seed.builder()
            .client(
                SeedClient.of("Lev", "700")
                    .dialog(SeedDialog.open().withOperator("Nobody").incoming("hi")))
            .build();

    assertThatThrownBy(() -> seed.applyTo(account)).hasMessageContaining("unknown operator");
    assertThat(account.clients()).isEmpty();
  }

  @Test
  void demo_hasCardsClosedAndOpenDialogsReadAndUnreadMessagesAndAWaitingClient() {
    MockAccount account = MockState.create().addAccount("t", Seed.demo());

    assertThat(account.clients().stream().filter(c -> c.assignedName() != null)).isNotEmpty();
    assertThat(account.getClient(GetClient.of(1)).customFields()).containsKey("city");
    assertThat(account.dialogs())
        .extracting(Dialog::state)
        .contains(DialogState.OPEN, DialogState.CLOSED);
    assertThat(account.dialogs()).filteredOn(d -> !d.isOpen()).allMatch(d -> d.end() != null);
    assertThat(account.messages()).extracting(Message::read).contains(true, false);
    assertThat(account.listUnansweredDialogs(ListUnansweredDialogs.of()).items())
        .extracting(Dialog::clientId)
        .containsExactly(1L, 4L);
    assertThat(account.transfers()).hasSize(2);
  }
}
