package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.state.MockAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResetAndIsolationTest {

  private Chat2DeskMockServer server;
  private Http a;
  private Http b;

  @BeforeEach
  void start() {
    server = Fixtures.start();
    a = new Http(server.baseUrl(), Fixtures.TOKEN);
    b = a.as(Fixtures.OTHER_TOKEN);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void tokens_seeOnlyTheirOwnAccount() {
    b.post("/v1/clients", "{\"phone\": \"79001234567\"}");

    assertThat(a.get("/v1/clients").json().at("/meta/total").asInt()).isEqualTo(2);
    assertThat(b.get("/v1/clients").json().at("/meta/total").asInt()).isEqualTo(1);
    assertThat(b.get("/v1/messages?client_id=2").status()).isEqualTo(404);
    assertThat(b.get("/v1/messages/1").status()).isEqualTo(404);
    assertThat(b.get("/v1/transfers").json().at("/meta/total").asInt()).isZero();
  }

  @Test
  void ids_sequencedPerAccount() {
    b.post("/v1/clients", "{\"phone\": \"1\"}");

    Http.Response fromB = b.post("/v1/messages", "{\"client_id\": 1, \"text\": \"x\"}");
    Http.Response fromA = a.post("/v1/messages", "{\"client_id\": 1, \"text\": \"x\"}");

    assertThat(fromB.json().at("/data/message_id").asLong()).isEqualTo(1);
    assertThat(fromA.json().at("/data/message_id").asLong()).isEqualTo(3);
  }

  @Test
  void reset_bringsSeedBackRestartsIdsAndClearsJournalAndFaults() {
    a.post("/v1/messages", "{\"client_id\": 1, \"text\": \"x\"}");
    a.post("/v1/clients", "{\"phone\": \"5\"}");
    server.faults().on(Operation.LIST_CLIENTS).respond(500).always();

    server.reset();

    MockAccount account = server.state().account(Fixtures.TOKEN);
    assertThat(account.messages()).hasSize(2);
    assertThat(account.clients()).hasSize(2);
    assertThat(server.journal()).isEmpty();
    assertThat(server.faults().rules()).isEmpty();
    Http.Response next = a.post("/v1/messages", "{\"client_id\": 1, \"text\": \"y\"}");
    assertThat(next.json().at("/data/message_id").asLong()).isEqualTo(3L);
  }

  @Test
  void resetOneToken_leavesOtherAccountsAlone() {
    a.post("/v1/messages", "{\"client_id\": 1, \"text\": \"x\"}");
    b.post("/v1/clients", "{\"phone\": \"1\"}");

    server.reset(Fixtures.OTHER_TOKEN);

    assertThat(server.state().account(Fixtures.TOKEN).messages()).hasSize(3);
    assertThat(server.state().account(Fixtures.OTHER_TOKEN).clients()).isEmpty();
  }

  @Test
  void resetUnknownToken_isRejected() {
    assertThatThrownBy(() -> server.reset("missing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("missing");
  }
}
