package dev.chat2desk4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chat2desk4j.api.AuthenticationException;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RateLimitedException;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.api.TransportException;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.state.NewClient;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class InMemoryChat2DeskTest {

  private static final String TOKEN = "in-memory-token";

  @Test
  void create_newAccount_isEmptyAndUsable() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create(TOKEN);
    long anna = chat2desk.mockAccount().createClient("Anna", "79001234567").id();

    chat2desk.sendMessage(anna, "Hello");

    assertThat(chat2desk.listClients().total()).hasValue(1);
    assertThat(chat2desk.listMessages(anna).items().get(0).text()).isEqualTo("Hello");
  }

  @Test
  void unknownToken_anyCall_failsAsTheServerAnswers() {
    Chat2Desk stranger = InMemoryChat2Desk.create(TOKEN).withToken("secret-stranger");

    assertThatThrownBy(stranger::listClients)
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("GET /v1/clients ")
        .hasMessageContaining("You need to auth")
        .hasMessageNotContaining("secret-stranger")
        .extracting(e -> ((Chat2DeskException) e).status())
        .isEqualTo(401);
  }

  @Test
  void unknownClient_send_throwsNotFoundWithTheWirePath() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create(TOKEN);

    assertThatThrownBy(() -> chat2desk.sendMessage(42, "hi"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.method()).contains("POST");
              assertThat(e.path()).contains("/v1/messages");
              assertThat(e.serverMessage()).contains("Page not found");
            });
  }

  @Test
  void withToken_view_sharesTheState() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create(TOKEN);
    chat2desk.state().addAccount("second").createClient("Boris", "79007654321");

    Chat2Desk view = chat2desk.withToken("second");

    assertThat(view.listClients().total()).hasValue(1);
    assertThat(chat2desk.listClients().total()).hasValue(0);
  }

  @Test
  void close_original_closesViewsButNotTheState() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create(TOKEN);
    Chat2Desk view = chat2desk.withToken(TOKEN);
    view.close();
    assertThat(chat2desk.listClients().total()).hasValue(0);

    chat2desk.close();

    assertThatThrownBy(view::listClients)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(InMemoryChat2Desk.of(chat2desk.state(), TOKEN).listClients().total()).hasValue(0);
  }

  @Test
  void of_blankToken_isRejected() {
    assertThatThrownBy(() -> InMemoryChat2Desk.of(MockState.create(), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token");
  }

  @Test
  void sameFailures_overHttpAndInMemory_giveEqualExceptions() {
    try (Chat2DeskMockServer server = Chat2DeskMockServer.builder().token(TOKEN).build().start();
        FeignChat2Desk http =
            FeignChat2Desk.builder().token(TOKEN).baseUrl(server.baseUrl()).build()) {
      server.state().account(TOKEN).createClient("Anna", "79001234567");
      InMemoryChat2Desk memory = InMemoryChat2Desk.of(server.state(), TOKEN);
      List<Function<Chat2Desk, Object>> failures =
          List.of(
              c -> c.sendMessage(SendMessage.of(1, "hi").withChannelId(9)),
              c -> c.sendMessage(SendMessage.of(1, "hi").withOperatorId(3)),
              c -> c.sendMessage(7, "hi"),
              c ->
                  c.listMessages(
                      ListMessages.of(7).withOffset(40).withLimit(10).withOrder(SortOrder.DESC)),
              c -> c.withToken("nobody").listClients(ListClients.of().withPhone("+7 900 123")),
              c -> c.withToken("nobody").listTransfers(ListTransfers.of().withDialogId(3)),
              c -> c.withToken("nobody").sendMessage(1, "hi"));

      for (Function<Chat2Desk, Object> failure : failures) {
        Chat2DeskException overHttp = failureOf(http, failure);
        Chat2DeskException inMemory = failureOf(memory, failure);

        // The in-memory fake names the path without its query, which only the HTTP client builds.
        String httpPath = overHttp.path().orElseThrow();
        String query = httpPath.contains("?") ? httpPath.substring(httpPath.indexOf('?')) : "";
        assertThat(inMemory)
            .isExactlyInstanceOf(overHttp.getClass())
            .hasMessage(overHttp.getMessage().replace(query, ""));
        assertThat(inMemory.method()).isEqualTo(overHttp.method());
        assertThat(inMemory.path()).hasValue(httpPath.replace(query, ""));
        assertThat(inMemory.status()).isEqualTo(overHttp.status());
        assertThat(inMemory.serverMessage()).isEqualTo(overHttp.serverMessage());
        assertThat(inMemory.bodyExcerpt()).isEqualTo(overHttp.bodyExcerpt());
        assertThat(inMemory.operation()).isEqualTo(overHttp.operation());
      }
    }
  }

  @Test
  void getClient_knownAndUnknown_answersWithChannelsOrNotFoundWithThePath() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create(TOKEN);
    long channel = chat2desk.mockAccount().addChannel("Support", Transport.TELEGRAM).id();
    long anna =
        chat2desk
            .mockAccount()
            .createClient(NewClient.of("Anna", "79001234567").withChannelId(channel))
            .id();

    Client client = chat2desk.clients().get(anna);

    assertThat(client.channels()).containsExactly(ClientChannel.of(channel, Transport.TELEGRAM));
    assertThatThrownBy(() -> chat2desk.clients().get(anna + 1))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.path()).hasValue("/v1/clients/" + (anna + 1)));
  }

  @Test
  void faultRule_respond_throwsWhatTheHttpClientThrowsAndStoresNothing() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create(TOKEN);
    long anna = chat2desk.mockAccount().createClient("Anna", "79001234567").id();
    chat2desk
        .faults()
        .on(Operation.SEND_MESSAGE)
        .respond(429)
        .retryAfter(Duration.ofMillis(1500))
        .once();

    assertThatThrownBy(() -> chat2desk.sendMessage(anna, "hi"))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(2)));
    assertThat(chat2desk.mockAccount().messagesOf(anna)).isEmpty();
    assertThat(chat2desk.sendMessage(anna, "again").id()).isPositive();
  }

  @Test
  void faultRule_dropBeforeReading_mayHaveBeenDeliveredButStoresNothing() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create(TOKEN);
    long anna = chat2desk.mockAccount().createClient("Anna", "79001234567").id();
    chat2desk.faults().on("POST", "/v1/messages").dropConnection().once();

    assertThatThrownBy(() -> chat2desk.sendMessage(anna, "hi"))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.mayHaveBeenDelivered()).isTrue());
    assertThat(chat2desk.mockAccount().messagesOf(anna)).isEmpty();
  }

  @Test
  void faultRule_stallBeyondTheCallTimeout_storesThenTimesOutWithinTheBound() {
    InMemoryChat2Desk chat2desk =
        InMemoryChat2Desk.builder().token(TOKEN).callTimeout(Duration.ofMillis(200)).build();
    long anna = chat2desk.mockAccount().createClient("Anna", "79001234567").id();
    chat2desk.faults().on(Operation.SEND_MESSAGE).acceptThenDelay(Duration.ofMinutes(5)).once();
    long started = System.nanoTime();

    assertThatThrownBy(() -> chat2desk.sendMessage(anna, "hi"))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.mayHaveBeenDelivered()).isTrue());

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(chat2desk.mockAccount().messagesOf(anna)).hasSize(1);
  }

  @Test
  void faultRule_delayWithinTheCallTimeout_answers() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create(TOKEN);
    chat2desk.faults().on(Operation.LIST_CLIENTS).delay(Duration.ofMillis(20)).once();

    assertThat(chat2desk.listClients().total()).hasValue(0);
    assertThat(chat2desk.faults().rules()).isEmpty();
  }

  @Test
  void faultRules_sharedWithViews() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create(TOKEN);
    chat2desk.faults().on(Operation.LIST_CLIENTS).respond(503).always();

    assertThatThrownBy(() -> chat2desk.withToken("other").listClients())
        .isInstanceOf(ServerException.class);
  }

  @Test
  void builder_withoutToken_isRejected() {
    assertThatThrownBy(() -> InMemoryChat2Desk.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("token");
    assertThatThrownBy(() -> InMemoryChat2Desk.builder().callTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("callTimeout");
  }

  private static Chat2DeskException failureOf(
      Chat2Desk chat2desk, Function<Chat2Desk, Object> call) {
    Chat2DeskException failure =
        catchThrowableOfType(Chat2DeskException.class, () -> call.apply(chat2desk));
    assertThat(failure).as("the failure of %s", chat2desk).isNotNull();
    return failure;
  }
}
