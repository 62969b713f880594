package dev.chat2desk4j.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Chat2Desk;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The {@code client} tag keeps two clients apart in one registry. */
class MetricTagsTest {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @Test
  void twoClients_inOneRegistry_keepSeriesOfTheirOwn() {
    Chat2Desk crm = build("crm").build();
    Chat2Desk support = build("support").build();

    crm.sendMessage(42, "hi");
    crm.sendMessage(42, "again");
    support.sendMessage(42, "hello");

    assertThat(sends("crm")).isEqualTo(2);
    assertThat(sends("support")).isEqualTo(1);
    assertThat(meters.get("chat2desk.retries").tag("client", "support").counters()).isNotEmpty();
  }

  @Test
  void clientName_givenApartFromTheName_tagsTheMeters() {
    Chat2Desk client = build("policies").clientName("billing").build();

    client.sendMessage(42, "hi");

    assertThat(sends("billing")).isEqualTo(1);
    assertThat(meters.find("chat2desk.requests").tag("client", "policies").timers()).isEmpty();
  }

  @Test
  void clientName_default_isTheDefaultName() {
    Chat2Desk client =
        Fixtures.wrap(new ScriptedChat2Desk(), new ArrayList<>()).meterRegistry(meters).build();

    client.sendMessage(42, "hi");

    assertThat(sends(ResilientChat2Desk.DEFAULT_NAME)).isEqualTo(1);
  }

  @Test
  void clientName_blank_isRejected() {
    ResilientChat2Desk.Builder builder = ResilientChat2Desk.wrap(new ScriptedChat2Desk());

    assertThatThrownBy(() -> builder.clientName(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientName must not be blank");
  }

  private ResilientChat2Desk.Builder build(String name) {
    return Fixtures.wrap(new ScriptedChat2Desk(), new ArrayList<>())
        .name(name)
        .meterRegistry(meters);
  }

  private long sends(String client) {
    return meters
        .get("chat2desk.requests")
        .tags("client", client, "operation", "sendMessage", "outcome", "SUCCESS")
        .timer()
        .count();
  }
}
