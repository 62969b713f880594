package dev.chat2desk4j.mock.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A rule left without once(), times(n), always() or withProbability(p) is reported, not lost. */
class UnfinishedRuleTest {

  private final Faults faults = Faults.create();

  @Test
  void on_afterARuleWithoutTerminal_failsNamingTheRuleAndTheMissingCall() {
    faults.on(Operation.SEND_MESSAGE).respond(503);

    assertThatThrownBy(() -> faults.on(Operation.LIST_CLIENTS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The fault rule on(SEND_MESSAGE).respond(503) was never registered: end it with"
                + " once(), times(n), always() or withProbability(p), or it does nothing");
    assertThat(faults.rules()).isEmpty();
  }

  @Test
  void checkNoUnfinishedRule_reportsAPathRuleWithoutActionOnce() {
    faults.on("GET", "/v1/clients*");

    assertThatThrownBy(faults::checkNoUnfinishedRule)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("The fault rule on(\"GET\", \"/v1/clients*\") (no action yet)");
    faults.checkNoUnfinishedRule();
  }

  @Test
  void clear_afterAnUnfinishedRule_removesTheRulesThenFails() {
    faults.on(Operation.LIST_CLIENTS).dropConnection().always();
    faults.on(Operation.SEND_MESSAGE).delay(Duration.ofSeconds(1));

    assertThatThrownBy(faults::clear)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("on(SEND_MESSAGE).delay(PT1S) was never registered");
    assertThat(faults.rules()).isEmpty();
  }

  @Test
  void registeredOrRejectedRules_leaveNothingToReport() {
    faults.on(Operation.SEND_MESSAGE).respond(503).once();
    assertThatThrownBy(() -> faults.on(Operation.SEND_MESSAGE).respond(99))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faults.on(Operation.SEND_MESSAGE).always())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Choose an action");
    assertThatThrownBy(() -> faults.on(Operation.SEND_MESSAGE).delay(null))
        .isInstanceOf(NullPointerException.class);

    faults.checkNoUnfinishedRule();
    assertThat(faults.on(Operation.LIST_CLIENTS).respond(500).always().id()).isEqualTo(2);
  }

  @Test
  void anotherThreadsUnfinishedRule_isNotReportedHere() {
    CompletableFuture.runAsync(() -> faults.on(Operation.SEND_MESSAGE).respond(503)).join();

    faults.checkNoUnfinishedRule();
    assertThat(faults.on(Operation.SEND_MESSAGE).respond(500).once().id()).isEqualTo(1);
  }

  @Test
  void serverVerifyAndReset_failOnAnUnfinishedRule() {
    try (Chat2DeskMockServer server = Chat2DeskMockServer.builder().token("t").build().start()) {
      server.faults().on(Operation.SEND_MESSAGE).respond(503);
      assertThatThrownBy(server::verify)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("on(SEND_MESSAGE).respond(503) was never registered");

      server.faults().on(Operation.LIST_CLIENTS).respond(429).always();
      server.faults().on(Operation.SEND_MESSAGE).storeThenDrop();
      assertThatThrownBy(server::reset)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("on(SEND_MESSAGE).storeThenDrop() was never registered");
      assertThat(server.faults().rules()).isEmpty();
    }
  }
}
