package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.chat2desk4j.api.AuthenticationException;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.RateLimitedException;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.api.TransportException;
import dev.chat2desk4j.api.ValidationException;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.journal.JournalEntry;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockChannel;
import dev.chat2desk4j.mock.state.MockOperator;
import dev.chat2desk4j.mock.state.NewClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The transport concerns every HTTP client must handle against the fake server on loopback: answers
 * read and mapped, error statuses, {@code Retry-After}, paging parameters on the wire, proxies; one
 * subclass per client (modelled on Feign's own {@code AbstractClientTest}). Transport failures and
 * tokens are in {@link AbstractHttpClientFailuresTest}, which extends this class. What each
 * operation does is the contract suite's ({@code Chat2DeskContract}), which runs on every client.
 */
abstract class AbstractHttpClientTest {

  static final String TOKEN_A = "token-a-5f1c93";
  static final String TOKEN_B = "token-b-77e0d1";

  static Chat2DeskMockServer server;

  FeignChat2Desk client;

  /** The HTTP client under test. */
  abstract HttpClientChoice httpClient();

  @BeforeAll
  static void startServer() {
    server = Chat2DeskMockServer.builder().token(TOKEN_A).token(TOKEN_B).build().start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void newClient() {
    server.reset();
    client = builder().build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  FeignChat2Desk.Builder builder() {
    return FeignChat2Desk.builder()
        .token(TOKEN_A)
        .baseUrl(server.baseUrl())
        .httpClient(httpClient())
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .callTimeout(Duration.ofSeconds(10));
  }

  static MockAccount account(String token) {
    return server.state().account(token);
  }

  static List<JournalEntry> journal(String method, String path) {
    return server.journal().stream()
        .filter(entry -> entry.method().equals(method) && entry.path().equals(path))
        .toList();
  }

  @Nested
  @DisplayName("answers, paging and routes on the wire")
  class Operations {

    @Test
    void sendMessage_receipt_mapsEveryFieldTheServerAnswers() {
      MockChannel channel = account(TOKEN_A).addChannel("support bot", Transport.TELEGRAM);
      MockOperator operator = account(TOKEN_A).addOperator("Olga");
      Client anna =
          account(TOKEN_A)
              .createClient(NewClient.of("Anna", "79001234567").withTransport(Transport.TELEGRAM));

      SentMessage sent =
          client.sendMessage(
              SendMessage.of(anna.id(), "Привет, Anna 👋")
                  .withChannelId(channel.id())
                  .withOperatorId(operator.id()));

      assertThat(sent.id()).isPositive();
      assertThat(sent.clientId()).isEqualTo(anna.id());
      assertThat(sent.type()).isEqualTo(MessageType.TO_CLIENT);
      assertThat(sent.transport()).isEqualTo(Transport.TELEGRAM);
      assertThat(sent.channelId()).isEqualTo(channel.id());
      assertThat(sent.operatorId()).isEqualTo(operator.id());
      assertThat(sent.dialogId()).isNotNull();
    }

    @Test
    void sendMessage_unknownClient_throwsNotFoundNamingTheRequest() {
      assertThatThrownBy(() -> client.sendMessage(404_404, "hello"))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("POST /v1/messages")
          .hasMessageContaining("404");
    }

    @Test
    void getClient_answerWithChannels_isReadWithThem() {
      server
          .faults()
          .on(Operation.GET_CLIENT)
          .respond(200)
          .body(
              """
              {"data": {"id": 7, "name": "Anna", "phone": "79001234567", "tags": [],
                        "channels": [{"id": 1, "transports": ["telegram", "max"]}]},
               "status": "success"}
              """)
          .once();

      Client anna = client.clients().get(7);

      assertThat(anna.id()).isEqualTo(7);
      assertThat(anna.name()).isEqualTo("Anna");
      assertThat(anna.channels())
          .containsExactly(ClientChannel.of(1, Transport.TELEGRAM, Transport.UNKNOWN));
      assertThat(journal("GET", "/v1/clients/7")).hasSize(1);
    }

    @Test
    void getClient_unknownId_throwsNotFoundNamingTheRequest() {
      assertThatThrownBy(() -> client.clients().get(404_404))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("GET /v1/clients/404404")
          .hasMessageContaining("404");
    }

    @Test
    void getClient_answerWithoutTheClientsId_isInvalidResponse() {
      server
          .faults()
          .on(Operation.GET_CLIENT)
          .respond(200)
          .body("{\"data\": {\"name\": \"Anna\"}, \"status\": \"success\"}")
          .once();

      assertThatThrownBy(() -> client.clients().get(7))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("GET /v1/clients/7")
          .hasMessageContaining("data.id");
    }

    @Test
    void allClients_tenThousandClients_streamsPageByPage() {
      MockAccount account = account(TOKEN_A);
      for (int i = 1; i <= 10_000; i++) {
        account.createClient("Client " + i, String.format("7900%07d", i));
      }

      List<Long> pagesFetchedAtEachPageStart = new ArrayList<>();

      long idSum =
          client
              .allClients()
              .peek(
                  c -> {
                    if (c.id() % 200 == 1) {
                      pagesFetchedAtEachPageStart.add(pagesFetched());
                    }
                  })
              .mapToLong(Client::id)
              .sum();

      assertThat(idSum).isEqualTo(LongStream.rangeClosed(1, 10_000).sum());
      // Constant memory: the k-th page is fetched only when the stream reaches it, so the stream
      // never holds more than one page of 200.
      assertThat(pagesFetchedAtEachPageStart)
          .containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
      List<JournalEntry> requests = journal("GET", "/v1/clients");
      assertThat(requests).hasSize(50);
      assertThat(requests.get(49).query()).contains("limit=200").contains("offset=9800");
    }

    @Test
    void allClients_consumedPartly_fetchesOnlyThePagesUsed() {
      for (int i = 1; i <= 450; i++) {
        account(TOKEN_A).createClient("Client " + i, String.format("7900%07d", i));
      }

      Iterator<Client> clients = client.allClients().iterator();
      for (int i = 0; i < 201; i++) {
        clients.next();
      }

      assertThat(journal("GET", "/v1/clients")).hasSize(2);
    }

    @Test
    void listClients_extraUnknownAndMissingOptionalFields_areTolerated() {
      server
          .faults()
          .on(Operation.LIST_CLIENTS)
          .respond(200)
          .body(
              """
              {"data": [{"id": "7", "phone": "79001234567", "shiny_new": {"nested": [1]},
                         "tags": [{"id": 3, "label": "vip"}], "custom_fields": {}},
                        {"id": 8}],
               "meta": {"total": 2, "limit": 20, "offset": 0, "cursor": "x"},
               "status": "success", "request_uuid": "abc"}
              """)
          .once();

      Page<Client> page = client.listClients();

      assertThat(page.items())
          .containsExactly(
              new Client(
                  7,
                  null,
                  null,
                  "79001234567",
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of(3L),
                  List.of()),
              Client.of(8, null, null));
      assertThat(page.total()).hasValue(2);
    }

    @Test
    void calls_throughHttpProxy_reachTheServer() {
      account(TOKEN_A).createClient("Anna", "79001234567");
      try (FeignChat2Desk proxied =
          builder()
              .baseUrl(java.net.URI.create("http://chat2desk.invalid"))
              .proxy(
                  new java.net.Proxy(
                      java.net.Proxy.Type.HTTP,
                      new java.net.InetSocketAddress("127.0.0.1", server.port())))
              .build()) {

        assertThat(proxied.listClients().total()).hasValue(1);
      }
    }
  }

  @Nested
  @DisplayName("error answers")
  class ErrorAnswers {

    @Test
    void unknownToken_throwsAuthentication() {
      try (FeignChat2Desk stranger = builder().token("no-such-token").build()) {

        assertThatThrownBy(stranger::listClients)
            .isInstanceOf(AuthenticationException.class)
            .hasMessageContaining("You need to auth")
            .hasMessageNotContaining("no-such-token");
      }
    }

    @Test
    void everyErrorStatus_mapsToItsExceptionType() {
      Map<Integer, Class<? extends Chat2DeskException>> expected = new LinkedHashMap<>();
      expected.put(400, ValidationException.class);
      expected.put(401, AuthenticationException.class);
      expected.put(403, AuthenticationException.class);
      expected.put(404, NotFoundException.class);
      expected.put(408, ServerException.class);
      expected.put(413, ValidationException.class);
      expected.put(422, ValidationException.class);
      expected.put(429, RateLimitedException.class);
      expected.put(500, ServerException.class);
      expected.put(502, ServerException.class);
      expected.put(503, ServerException.class);
      expected.put(504, ServerException.class);

      expected.forEach(
          (status, type) -> {
            server.faults().on(Operation.LIST_TRANSFERS).respond(status).once();

            assertThatThrownBy(client::listTransfers)
                .as("HTTP %d", status)
                .isExactlyInstanceOf(type)
                .hasMessageContaining("GET /v1/transfers?")
                .hasMessageContaining("HTTP " + status);
          });
      assertThat(journal("GET", "/v1/transfers")).hasSize(expected.size());
    }

    @Test
    void errorEnvelopeWithStatus200_isAnException() {
      server
          .faults()
          .on(Operation.LIST_CLIENTS)
          .respond(200)
          .body("{\"status\": \"error\", \"message\": \"Number of API requests exceeded\"}")
          .once();

      assertThatThrownBy(client::listClients).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void rateLimited_retryAfterIsReportedAndNotRetriedByTheClient() {
      server
          .faults()
          .on(Operation.LIST_CLIENTS)
          .respond(429)
          .retryAfter(Duration.ofSeconds(3))
          .once();

      assertThatThrownBy(client::listClients)
          .isInstanceOfSatisfying(
              RateLimitedException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3)));
      assertThat(journal("GET", "/v1/clients")).hasSize(1);
    }

    @Test
    void sendRateLimited_withRetryAfter_isSentOnce() {
      Client anna = account(TOKEN_A).createClient("Anna", "79001234567");
      server
          .faults()
          .on(Operation.SEND_MESSAGE)
          .respond(429)
          .retryAfter(Duration.ofSeconds(1))
          .once();

      assertThatThrownBy(() -> client.sendMessage(anna.id(), "hi"))
          .isInstanceOf(RateLimitedException.class);
      assertThat(journal("POST", "/v1/messages")).hasSize(1);
    }

    @Test
    void serviceUnavailable_retryAfterZero_isNotRetriedByTheClient() {
      server.faults().on(Operation.LIST_CLIENTS).respond(503).retryAfter(Duration.ZERO).once();

      assertThatThrownBy(client::listClients).isInstanceOf(ServerException.class);
      assertThat(journal("GET", "/v1/clients")).hasSize(1);
    }
  }

  static long pagesFetched() {
    return journal("GET", "/v1/clients").size();
  }

  static void awaitJournal(String method, String path, int count) {
    await().atMost(Duration.ofSeconds(5)).until(() -> journal(method, path).size() >= count);
  }

  static void assertTransport(Throwable thrown, boolean mayHaveBeenDelivered) {
    assertThat(thrown)
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.mayHaveBeenDelivered()).isEqualTo(mayHaveBeenDelivered));
  }
}
