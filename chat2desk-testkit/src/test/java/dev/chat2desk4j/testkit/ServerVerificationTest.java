package dev.chat2desk4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.journal.JournalEntry;
import dev.chat2desk4j.mock.journal.Verification;
import dev.chat2desk4j.mock.state.MockAccount;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServerVerificationTest {

  private static final String TOKEN = "verify-token";

  private Chat2DeskMockServer server;
  private FeignChat2Desk chat2desk;
  private Verification verify;
  private long anna;

  @BeforeEach
  void start() {
    server = Chat2DeskMockServer.builder().token(TOKEN).build().start();
    chat2desk = FeignChat2Desk.builder().token(TOKEN).baseUrl(server.baseUrl()).build();
    verify = server.verify();
    MockAccount account = server.state().account(TOKEN);
    anna = account.createClient("Anna", "79001234567").id();
    account.addOperator("Olga");
    account.addChannel("Bot", Transport.TELEGRAM);
  }

  @AfterEach
  void stop() {
    chat2desk.close();
    server.close();
  }

  @Test
  void messageSent_oneMatchingSend_passesOnce() {
    chat2desk.sendMessage(anna, "hi");

    verify.messageSent().to(anna).withText("hi").once();
    verify.messageSent().withTextContaining("h").atLeastOnce();
    verify.messageSent().to(anna + 1).never();
    assertThat(verify.messageSent().count()).isEqualTo(1);
  }

  @Test
  void messageSent_otherText_failsListingWhatWasSent() {
    chat2desk.sendMessage(anna, "hello");
    chat2desk.sendMessage(anna, "bye");

    assertThatThrownBy(() -> verify.messageSent().to(anna).withText("hi").once())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expected exactly 1 message(s) sent (POST /v1/messages) to client 1 with text \"hi\","
                + " but 0 matched.")
        .hasMessageContaining("Received message(s) sent (POST /v1/messages) (2):")
        .hasMessageContaining("- POST /v1/messages -> 200 {client_id=\"1\", text=\"hello\"")
        .hasMessageContaining("text=\"bye\"");
  }

  @Test
  void messageSent_sendTheServerRefused_doesNotCountButIsListed() {
    assertThatThrownBy(() -> chat2desk.sendMessage(anna + 5, "lost"))
        .isInstanceOf(NotFoundException.class);
    server.faults().on(Operation.SEND_MESSAGE).respond(503).once();
    assertThatThrownBy(() -> chat2desk.sendMessage(anna, "faulted"))
        .isInstanceOf(ServerException.class);

    verify.noMessagesSent();
    verify.requests(Operation.SEND_MESSAGE).times(2);
    verify.requests(Operation.SEND_MESSAGE).withStatus(503).once();
    assertThatThrownBy(() -> verify.messageSent().withText("lost").once())
        .hasMessageContaining("but 0 matched")
        .hasMessageContaining("-> 404")
        .hasMessageContaining("-> 503");
  }

  @Test
  void noMessagesSent_afterAnAcceptedSend_fails() {
    chat2desk.sendMessage(anna, "oops");

    assertThatThrownBy(verify::noMessagesSent)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no message(s) sent")
        .hasMessageContaining("* POST /v1/messages -> 200")
        .hasMessageContaining("text=\"oops\"");
  }

  @Test
  void messageSent_optionalFields_narrowTheMatch() {
    chat2desk.sendMessage(
        SendMessage.of(anna, "note")
            .withType(MessageType.COMMENT)
            .withOperatorId(1)
            .withChannelId(1)
            .withTransport(Transport.TELEGRAM));
    chat2desk.sendMessage(anna, "plain");

    verify.messageSent().withType(MessageType.COMMENT).withOperatorId(1).withChannelId(1).once();
    verify.messageSent().withTransport(Transport.TELEGRAM).withText("note").once();
    verify.messageSent().withType(MessageType.TO_CLIENT).withText("plain").once();
    verify.messageSent().withOperatorId(2).never();
    assertThat(verify.messageSent().withType(MessageType.COMMENT).messages())
        .singleElement()
        .satisfies(params -> assertThat(params).containsEntry("text", "note"));
  }

  @Test
  void messageSent_formBody_isReadLikeTheServerReadsIt() throws Exception {
    HttpRequest form =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/messages"))
            .header("Authorization", TOKEN)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("client_id=" + anna + "&text=hi+there"))
            .build();

    int status =
        HttpClient.newHttpClient().send(form, HttpResponse.BodyHandlers.discarding()).statusCode();

    assertThat(status).isEqualTo(200);
    verify.messageSent().to(anna).withText("hi there").once();
  }

  @Test
  void requests_byOperationAndParam_countsThem() {
    chat2desk.listClients();
    chat2desk.listClients(dev.chat2desk4j.api.ListClients.of().withPhone("79001234567"));
    chat2desk.listMessages(anna);

    verify.requests(Operation.LIST_CLIENTS).times(2);
    verify.requests(Operation.LIST_CLIENTS).withParam("phone", "79001234567").once();
    verify.requests(Operation.LIST_MESSAGES).withParam("client_id", String.valueOf(anna)).once();
    verify.requests().method("get").path("/v1/*").times(3);
    verify.requests().atMost(3);
    verify.requests(Operation.LIST_TRANSFERS).never();
    assertThat(verify.requests(Operation.LIST_CLIENTS).entries())
        .extracting(JournalEntry::status)
        .containsExactly(200, 200);
  }

  @Test
  void requests_wrongCount_failsListingTheRequests() {
    chat2desk.listClients();

    assertThatThrownBy(() -> verify.requests(Operation.LIST_CLIENTS).atLeast(2))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expected at least 2 listClients requests (GET /v1/clients), but 1 matched.")
        .hasMessageContaining("* GET /v1/clients -> 200 {limit=\"20\", offset=\"0\"}");
  }

  @Test
  void failureMessage_manyRequests_listsTheFirstTwenty() {
    for (int i = 0; i < 25; i++) {
      chat2desk.listTransfers();
    }

    assertThatThrownBy(() -> verify.requests().withBodyContaining("x").once())
        .hasMessageContaining("(25):")
        .hasMessageContaining("… and 5 more");
  }

  @Test
  void reset_clearsWhatVerificationSees() {
    chat2desk.sendMessage(anna, "before");

    server.reset();

    verify.noRequests();
    verify.noMessagesSent();
  }

  @Test
  void counts_negative_areRejected() {
    assertThatThrownBy(() -> verify.messageSent().times(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
  }
}
