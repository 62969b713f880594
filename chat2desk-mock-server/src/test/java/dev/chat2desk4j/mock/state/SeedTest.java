package dev.chat2desk4j.mock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.GetClient;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Transport;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedTest {

  @Test
  void demo_hasOperatorsChannelsClientsDialogsAndTransfers() {
    MockAccount account = MockState.create().addAccount("t", Seed.demo());

    assertThat(account.operators()).hasSize(3);
    assertThat(account.channels())
        .extracting(MockChannel::transport)
        .containsExactly(Transport.TELEGRAM, Transport.WHATSAPP);
    assertThat(account.clients()).hasSize(5);
    assertThat(account.dialogs()).hasSize(4);
    assertThat(account.messages()).hasSizeGreaterThan(5);
    assertThat(account.transfers()).hasSize(2);
  }

  @Test
  void fromJson_fullFormat_parsesEveryPart() {
    Seed seed =
        Seed.fromJson(
            """
            {"operators": ["Kim", {"name": "Lee"}],
             "channels": [{"name": "Mail", "transport": "email"}],
             "clients": [{"name": "Lev", "phone": "700", "transport": "sms", "channel": "Mail",
                          "messages": [{"text": "Hi"},
                                       {"type": "comment", "text": "note", "operator": "Kim"}],
                          "transfers": ["Lee", {"to": "Kim"}],
                          "unknown": true}]}
            """);

    assertThat(seed.operators())
        .containsExactly(SeedOperator.named("Kim"), SeedOperator.named("Lee"));
    assertThat(seed.channels()).containsExactly(new SeedChannel("Mail", Transport.EMAIL));
    assertThat(seed.clients())
        .containsExactly(
            new SeedClient(
                "Lev",
                "700",
                Transport.SMS,
                List.of("Mail"),
                ClientCard.empty(),
                List.of(
                    SeedDialog.open()
                        .incoming("Hi")
                        .message(new SeedMessage(MessageType.COMMENT, "note", "Kim"))
                        .transferTo("Lee")
                        .transferTo("Kim"))));
  }

  @Test
  void client_onSeveralChannels_hasEachWithItsTransport() {
    Seed seed =
        Seed.fromJson(
            "{\"channels\": [{\"name\": \"Tg\", \"transport\": \"telegram\"},"
                + " {\"name\": \"Wa\", \"transport\": \"whatsapp\"}],"
                + " \"clients\": [{\"name\": \"Ann\", \"channels\": [\"Tg\", \"Wa\"]},"
                + " {\"name\": \"Bo\", \"channel\": \"Wa\", \"transport\": \"viber\"}]}");

    MockAccount account = MockState.create().addAccount("t", seed);

    assertThat(account.getClient(GetClient.of(1)).channels())
        .containsExactly(
            ClientChannel.of(1, Transport.TELEGRAM), ClientChannel.of(2, Transport.WHATSAPP));
    assertThat(account.getClient(GetClient.of(2)).channels())
        .containsExactly(ClientChannel.of(2, Transport.VIBER));
    assertThat(account.clients()).allSatisfy(client -> assertThat(client.channels()).isEmpty());
  }

  @Test
  void getClient_unknown_throwsNotFoundNamedByThePath() {
    MockAccount account = MockState.create().addAccount("t");

    assertThatThrownBy(() -> account.getClient(GetClient.of(3)))
        .isInstanceOfSatisfying(
            RecordNotFoundException.class,
            e -> {
              assertThat(e.field()).isEmpty();
              assertThat(e.id()).isEqualTo(3);
            });
  }

  @Test
  void fromJson_badInput_isRejectedNamingTheProblem() {
    assertThatThrownBy(() -> Seed.fromJson("{")).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> Seed.fromJson("[]")).hasMessageContaining("JSON object");
    assertThatThrownBy(
            () -> Seed.fromJson("{\"channels\": [{\"name\": \"x\", \"transport\": \"fax\"}]}"))
        .hasMessageContaining("unknown transport 'fax'");
    assertThatThrownBy(
            () ->
                Seed.fromJson(
                    "{\"clients\": [{\"messages\": [{\"type\": \"x\", \"text\": \"t\"}]}]}"))
        .hasMessageContaining("unknown type 'x'");
    assertThatThrownBy(() -> Seed.fromJson("{\"operators\": 3}"))
        .hasMessageContaining("'operators' must be an array");
  }

  @Test
  void applyTo_conflictingSeed_changesNothing() {
    MockAccount account = MockState.create().addAccount("t", Seed.demo());

    assertThatThrownBy(() -> Seed.demo().applyTo(account))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phone");
    assertThat(account.operators()).hasSize(3);
  }

  @Test
  void applyTo_transferWithoutMessages_isRejected() {
    Seed seed =
        Seed.builder().operator("Kim").client(SeedClient.of("Lev", null).transferTo("Kim")).build();

    assertThatThrownBy(() -> MockState.create().addAccount("t", seed))
        .hasMessageContaining("a dialog without messages");
  }

  @Test
  void builder_buildsNewSeedEachCall() {
    Seed.Builder builder = Seed.builder().operator("Kim");

    Seed first = builder.build();
    Seed second = builder.operator("Lee").build();

    assertThat(first.operators()).extracting(SeedOperator::name).containsExactly("Kim");
    assertThat(second.operators()).extracting(SeedOperator::name).containsExactly("Kim", "Lee");
  }
}
