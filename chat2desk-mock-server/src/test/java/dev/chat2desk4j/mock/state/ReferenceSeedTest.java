package dev.chat2desk4j.mock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.chat2desk4j.api.GetOperatorGroups;
import dev.chat2desk4j.api.OperatorGroup;
import dev.chat2desk4j.api.OperatorRole;
import dev.chat2desk4j.api.Tag;
import dev.chat2desk4j.api.Template;
import dev.chat2desk4j.api.Transport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's reference data: operators' details, channels, groups, tags, templates, quota. */
class ReferenceSeedTest {

  private static final String JSON =
      """
      {"operators": ["Kim", {"name": "Lee Chang", "email": "lee@x.example", "phone": "7001",
                              "role": "supervisor", "online": true, "status": "disabled"}],
       "channels": [{"name": "Mail", "transport": "email"},
                    {"name": "Chat", "phone": "7002", "transports": ["telegram", "viber"]}],
       "groups": [{"name": "Night", "operators": ["Lee Chang", "Kim"]}],
       "clients": [{"name": "Lev", "channel": "Chat"}],
       "tags": ["Plain", {"label": "VIP", "group": "Status", "description": "Pays on time",
                          "clients": ["Lev"]}],
       "templates": [{"name": "Hi", "command": "/hi", "text": "Hello!"}],
       "quota": {"limit": 100, "used": 99}}
      """;

  @Test
  void fromJson_referenceData_parsesEveryPart() {
    Seed seed = Seed.fromJson(JSON);

    assertThat(seed.operators())
        .containsExactly(
            SeedOperator.named("Kim"),
            new SeedOperator(
                "Lee Chang", "lee@x.example", "7001", OperatorRole.SUPERVISOR, true, "disabled"));
    assertThat(seed.channels())
        .containsExactly(
            new SeedChannel("Mail", Transport.EMAIL),
            SeedChannel.of("Chat", Transport.TELEGRAM, Transport.VIBER).withPhone("7002"));
    assertThat(seed.groups()).containsExactly(SeedGroup.of("Night", "Lee Chang", "Kim"));
    assertThat(seed.tags())
        .containsExactly(
            SeedTag.of("Plain"),
            SeedTag.of("VIP").inGroup("Status").withDescription("Pays on time").onClients("Lev"));
    assertThat(seed.templates()).containsExactly(new SeedTemplate("Hi", "/hi", "Hello!"));
    assertThat(seed.quota()).isEqualTo(new SeedQuota(100, 99));
  }

  @Test
  void applyTo_referenceData_landsInTheAccountWithIdsInOrder() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC);

    MockAccount account = MockState.create(clock).addAccount("t", Seed.fromJson(JSON));

    assertThat(account.operators())
        .extracting(MockOperator::id, MockOperator::firstName, MockOperator::lastName)
        .containsExactly(tuple(1L, "Kim", null), tuple(2L, "Lee", "Chang"));
    assertThat(account.channels().get(1).transports())
        .containsExactly(Transport.TELEGRAM, Transport.VIBER);
    assertThat(account.reference().operators().groups(GetOperatorGroups.of()))
        .containsExactly(new OperatorGroup(1, "Night", List.of(2L, 1L)));
    assertThat(account.reference().tags().all())
        .containsExactly(
            new Tag(1, null, null, "Plain", null), new Tag(2, 1L, "Status", "VIP", "Pays on time"));
    assertThat(account.clients().get(0).tagIds()).containsExactly(2L);
    assertThat(account.reference().templates().all())
        .containsExactly(
            new Template(1, "/hi", "Hello!", "Hi", Instant.parse("2026-11-24T10:15:00Z")));
    assertThat(account.reference().usage().limit()).hasValue(100);
    assertThat(account.reference().usage().requestsThisMonth()).isEqualTo(99);
  }

  @Test
  void applyTo_namesTheAccountAlreadyHas_areFound() {
    MockAccount account = MockState.create().addAccount("t", Seed.demo());

    Seed.builder()
        .group("Night", "Olga Petrova")
        .tag(SeedTag.of("Late").onClients("Egor"))
        .build()
        .applyTo(account);

    assertThat(account.reference().operators().groups(GetOperatorGroups.of()))
        .last()
        .isEqualTo(new OperatorGroup(3, "Night", List.of(1L)));
    assertThat(account.client(5).orElseThrow().tagIds()).contains(4L);
  }

  @Test
  void applyTo_unknownNames_areRejectedAndChangeNothing() {
    MockAccount account = MockState.create().addAccount("t");

    assertThatThrownBy(() -> Seed.builder().group("G", "Nobody").build().applyTo(account))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown operator 'Nobody'");
    assertThatThrownBy(
            () ->
                Seed.builder()
                    .operator("Kim")
                    .tag(SeedTag.of("VIP").onClients("Nobody"))
                    .build()
                    .applyTo(account))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown client 'Nobody'");
    assertThat(account.operators()).isEmpty();
    assertThat(account.reference().tags().all()).isEmpty();
  }

  @Test
  void fromJson_badReferenceData_isRejectedNamingTheProblem() {
    assertThatThrownBy(
            () -> Seed.fromJson("{\"operators\": [{\"name\": \"K\", \"role\": \"boss\"}]}"))
        .hasMessageContaining("unknown role 'boss'");
    assertThatThrownBy(() -> Seed.fromJson("{\"operators\": [{\"name\": \"K\", \"online\": 1}]}"))
        .hasMessageContaining("'online' must be true or false");
    assertThatThrownBy(() -> Seed.fromJson("{\"channels\": [{\"name\": \"C\"}]}"))
        .hasMessageContaining("misses 'transport'");
    assertThatThrownBy(() -> Seed.fromJson("{\"quota\": {\"used\": 1}}"))
        .hasMessageContaining("'quota' must be an object with a 'limit'");
    assertThatThrownBy(() -> Seed.fromJson("{\"quota\": {\"limit\": -5}}"))
        .hasMessageContaining("'limit' must be a whole number");
    assertThatThrownBy(() -> Seed.fromJson("{\"groups\": [{\"name\": \"G\", \"operators\": [1]}]}"))
        .hasMessageContaining("'operators' must list names");
    assertThatThrownBy(() -> Seed.fromJson("{\"templates\": [{\"name\": \"T\"}]}"))
        .hasMessageContaining("misses 'text'");
  }
}
