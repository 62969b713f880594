package dev.chat2desk4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chat2desk4j.api.AuthenticationException;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.QuotaExceededException;
import dev.chat2desk4j.api.RateLimitedException;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transfer;
import dev.chat2desk4j.api.TransportException;
import dev.chat2desk4j.api.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Chat2Desk} must show, as the real API shows it. Extend this class,
 * implement {@link #createEnvironment()}, and JUnit runs the whole suite against your
 * implementation: the four operations, pagination, each error case, concurrency and tenant
 * isolation.
 *
 * <p>The project runs it against Feign over the fake server (each HTTP client), the in-memory fake
 * and the resilient decorator; a consumer's own adapter can run it too.
 */
public abstract class Chat2DeskContract {

  private ContractEnvironment environment;

  /** Creates the environment for one test: the implementation and two empty, seedable accounts. */
  protected abstract ContractEnvironment createEnvironment();

  @BeforeEach
  void openEnvironment() {
    environment = createEnvironment();
  }

  @AfterEach
  void closeEnvironment() throws Exception {
    environment.close();
  }

  /** The implementation under test, acting as the primary account. */
  protected final Chat2Desk chat2desk() {
    return environment.chat2desk();
  }

  /** The seeder of the primary account. */
  protected final AccountSeeder seed() {
    return environment.seed(environment.primaryToken());
  }

  private long anna() {
    return seed().createClient("Anna", "79001234567");
  }

  @Nested
  @DisplayName("sendMessage")
  class SendMessageContract {

    @Test
    @DisplayName("stores the message and lists it as the client's latest")
    void sendMessage_toKnownClient_isListed() {
      long client = anna();

      SentMessage sent = chat2desk().sendMessage(client, "Hello, Anna");

      assertThat(sent.messageId()).isPositive();
      assertThat(sent.clientId()).isEqualTo(client);
      assertThat(sent.type()).isEqualTo(MessageType.TO_CLIENT);
      Page<Message> page =
          chat2desk().listMessages(ListMessages.of(client).withOrder(SortOrder.DESC));
      assertThat(page.total()).hasValue(1);
      Message stored = page.items().get(0);
      assertThat(stored.id()).isEqualTo(sent.messageId());
      assertThat(stored.text()).isEqualTo("Hello, Anna");
      assertThat(stored.type()).isEqualTo(MessageType.TO_CLIENT);
      assertThat(stored.clientId()).isEqualTo(client);
    }

    @Test
    @DisplayName("keeps the message type it was asked to send")
    void sendMessage_comment_isStoredAsComment() {
      long client = anna();

      chat2desk().sendMessage(SendMessage.to(client, "note").withType(MessageType.COMMENT));

      assertThat(chat2desk().listMessages(client).items())
          .extracting(Message::type)
          .containsExactly(MessageType.COMMENT);
    }

    @Test
    @DisplayName("gives every message a new, increasing id")
    void sendMessage_twice_givesIncreasingIds() {
      long client = anna();

      long first = chat2desk().sendMessage(client, "one").messageId();
      long second = chat2desk().sendMessage(client, "two").messageId();

      assertThat(second).isGreaterThan(first);
    }

    @Test
    @DisplayName("rejects an unknown client with NotFoundException and stores nothing")
    void sendMessage_toUnknownClient_throwsNotFound() {
      long client = anna();

      assertThatThrownBy(() -> chat2desk().sendMessage(client + 1000, "hi"))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("sendMessage");
      assertThat(chat2desk().listMessages(client).total()).hasValue(0);
    }

    @Test
    @DisplayName("rejects an unknown channel or operator with NotFoundException and stores nothing")
    void sendMessage_unknownChannelOrOperator_throwsNotFound() {
      long client = anna();

      assertThatThrownBy(
              () -> chat2desk().sendMessage(SendMessage.to(client, "hi").withChannel(99)))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(
              () -> chat2desk().sendMessage(SendMessage.to(client, "hi").withOperator(99)))
          .isInstanceOf(NotFoundException.class);
      assertThat(chat2desk().listMessages(client).total()).hasValue(0);
    }
  }

  @Nested
  @DisplayName("listMessages")
  class ListMessagesContract {

    @Test
    @DisplayName("lists oldest first by default, with incoming messages typed from_client")
    void listMessages_default_oldestFirst() {
      long client = anna();
      seed().receiveMessage(client, "Hi, I need help");
      chat2desk().sendMessage(client, "How can we help?");

      Page<Message> page = chat2desk().listMessages(client);

      assertThat(page.items())
          .extracting(Message::text)
          .containsExactly("Hi, I need help", "How can we help?");
      assertThat(page.items())
          .extracting(Message::type)
          .containsExactly(MessageType.FROM_CLIENT, MessageType.TO_CLIENT);
      assertThat(page.total()).hasValue(2);
    }

    @Test
    @DisplayName("pages with limit and offset, newest first on request, total counting all")
    void listMessages_pagedDescending_returnsTheRequestedSlice() {
      long client = anna();
      for (int i = 1; i <= 7; i++) {
        chat2desk().sendMessage(client, "message " + i);
      }

      Page<Message> page =
          chat2desk().listMessages(ListMessages.page(client, 2, 3).withOrder(SortOrder.DESC));

      assertThat(page.items())
          .extracting(Message::text)
          .containsExactly("message 5", "message 4", "message 3");
      assertThat(page.total()).hasValue(7);
      assertThat(page.offset()).isEqualTo(2);
      assertThat(page.limit()).isEqualTo(3);
    }

    @Test
    @DisplayName("lists only the asked client's messages")
    void listMessages_twoClients_onlyThatClients() {
      long anna = anna();
      long boris = seed().createClient("Boris", "79007654321");
      chat2desk().sendMessage(anna, "for Anna");
      chat2desk().sendMessage(boris, "for Boris");

      assertThat(chat2desk().listMessages(boris).items())
          .extracting(Message::text)
          .containsExactly("for Boris");
    }

    @Test
    @DisplayName("streams a long history across pages with allMessages")
    void allMessages_acrossPages_streamsAll() {
      long client = anna();
      for (int i = 0; i < 450; i++) {
        seed().receiveMessage(client, "m" + i);
      }

      List<Message> all = chat2desk().allMessages(client).toList();

      assertThat(all).hasSize(450);
      assertThat(all.get(449).text()).isEqualTo("m449");
      assertThat(all).extracting(Message::id).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("answers an offset past the end with an empty page and the true total")
    void listMessages_offsetPastEnd_isEmpty() {
      long client = anna();
      chat2desk().sendMessage(client, "only one");

      Page<Message> page = chat2desk().listMessages(ListMessages.of(client).withOffset(10));

      assertThat(page.items()).isEmpty();
      assertThat(page.total()).hasValue(1);
      assertThat(page.hasNext()).isFalse();
    }

    @Test
    @DisplayName("rejects an unknown client with NotFoundException")
    void listMessages_unknownClient_throwsNotFound() {
      long client = anna();

      assertThatThrownBy(() -> chat2desk().listMessages(client + 1000))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("listMessages");
    }
  }

  @Nested
  @DisplayName("listClients")
  class ListClientsContract {

    @Test
    @DisplayName("lists the account's clients with their fields and the total")
    void listClients_seeded_listsThem() {
      long anna = anna();

      Page<Client> page = chat2desk().listClients();

      assertThat(page.total()).hasValue(1);
      Client client = page.items().get(0);
      assertThat(client.id()).isEqualTo(anna);
      assertThat(client.phone()).isEqualTo("79001234567");
      assertThat(client.displayName()).isEqualTo("Anna");
    }

    @Test
    @DisplayName("pages through many clients, each exactly once")
    void allClients_manyClients_streamsEachOnce() {
      for (int i = 0; i < 450; i++) {
        seed().createClient("Client " + i, "7900" + String.format("%07d", i));
      }

      List<Client> all = chat2desk().allClients().toList();
      Page<Client> third = chat2desk().listClients(ListClients.page(40, 20));

      assertThat(all).hasSize(450).extracting(Client::id).doesNotHaveDuplicates();
      assertThat(third.items()).hasSize(20);
      assertThat(third.items())
          .extracting(Client::id)
          .containsExactlyElementsOf(all.subList(40, 60).stream().map(Client::id).toList());
      assertThat(third.total()).hasValue(450);
    }

    @Test
    @DisplayName("filters by phone")
    void listClients_byPhone_onlyThatClient() {
      anna();
      long boris = seed().createClient("Boris", "79007654321");

      Page<Client> page = chat2desk().listClients(ListClients.of().withPhone("79007654321"));

      assertThat(page.items()).extracting(Client::id).containsExactly(boris);
      assertThat(page.total()).hasValue(1);
    }
  }

  @Nested
  @DisplayName("listTransfers")
  class ListTransfersContract {

    @Test
    @DisplayName("records each dialog transfer with its operators")
    void listTransfers_afterTwoTransfers_listsBothOldestFirst() {
      long client = anna();
      long olga = seed().addOperator("Olga");
      long pavel = seed().addOperator("Pavel");
      seed().receiveMessage(client, "hello?");
      long dialog = seed().transferDialog(client, olga);
      seed().transferDialog(client, pavel);

      Page<Transfer> page = chat2desk().listTransfers();

      assertThat(page.total()).hasValue(2);
      assertThat(page.items()).extracting(Transfer::toOperatorId).containsExactly(olga, pavel);
      Transfer second = page.items().get(1);
      assertThat(second.fromOperatorId()).isEqualTo(olga);
      assertThat(second.dialogId()).isEqualTo(dialog);
      assertThat(second.clientId()).isEqualTo(client);
    }

    @Test
    @DisplayName("filters by dialog and by operator")
    void listTransfers_filtered_onlyMatching() {
      long anna = anna();
      long boris = seed().createClient("Boris", "79007654321");
      long olga = seed().addOperator("Olga");
      long pavel = seed().addOperator("Pavel");
      seed().receiveMessage(anna, "a");
      seed().receiveMessage(boris, "b");
      long annasDialog = seed().transferDialog(anna, olga);
      seed().transferDialog(boris, pavel);

      Page<Transfer> byDialog =
          chat2desk().listTransfers(ListTransfers.of().withDialog(annasDialog));
      Page<Transfer> byOperator = chat2desk().listTransfers(ListTransfers.of().withOperator(pavel));

      assertThat(byDialog.items()).extracting(Transfer::clientId).containsExactly(anna);
      assertThat(byOperator.items()).extracting(Transfer::clientId).containsExactly(boris);
    }

    @Test
    @DisplayName("answers an empty page when nothing was transferred")
    void listTransfers_none_isEmpty() {
      Page<Transfer> page = chat2desk().listTransfers();

      assertThat(page.items()).isEmpty();
      assertThat(page.total()).hasValue(0);
    }
  }

  @Nested
  @DisplayName("errors, isolation and concurrency")
  class AccountsContract {

    @Test
    @DisplayName("rejects an unknown token with AuthenticationException on every operation")
    void unknownToken_everyOperation_throwsAuthentication() {
      long client = anna();
      Chat2Desk stranger = chat2desk().withToken("no-such-token");

      assertThatThrownBy(stranger::listClients).isInstanceOf(AuthenticationException.class);
      assertThatThrownBy(stranger::listTransfers).isInstanceOf(AuthenticationException.class);
      assertThatThrownBy(() -> stranger.listMessages(client))
          .isInstanceOf(AuthenticationException.class);
      assertThatThrownBy(() -> stranger.sendMessage(client, "hi"))
          .isInstanceOf(AuthenticationException.class)
          .message()
          .doesNotContain("no-such-token");
      assertThat(chat2desk().listMessages(client).total()).hasValue(0);
    }

    @Test
    @DisplayName("keeps each account's data to itself")
    void otherAccount_seesNothingOfThePrimary() {
      long client = anna();
      chat2desk().sendMessage(client, "private");
      Chat2Desk other = chat2desk().withToken(environment.otherToken());

      assertThat(other.listClients().total()).hasValue(0);
      assertThatThrownBy(() -> other.listMessages(client)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> other.sendMessage(client, "hijack"))
          .isInstanceOf(NotFoundException.class);
      assertThat(chat2desk().listMessages(client).total()).hasValue(1);
    }

    @Test
    @DisplayName("stores every one of many concurrent sends exactly once")
    void sendMessage_concurrently_storesEachOnce() throws Exception {
      long client = anna();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Callable<Long>> sends = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String text = "concurrent " + i;
        sends.add(() -> chat2desk().sendMessage(client, text).messageId());
      }

      List<Long> ids = new ArrayList<>();
      try {
        for (Future<Long> id : pool.invokeAll(sends, 60, TimeUnit.SECONDS)) {
          ids.add(id.get());
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(ids).hasSize(200).doesNotHaveDuplicates();
      assertThat(chat2desk().allMessages(client).map(Message::id).toList())
          .containsExactlyInAnyOrderElementsOf(ids);
    }
  }

  @Nested
  @DisplayName("failures of the API")
  class FailuresContract {

    private FaultInjector faults() {
      Optional<FaultInjector> faults = environment.faults();
      assumeTrue(faults.isPresent(), "the environment cannot inject faults");
      return faults.get();
    }

    @Test
    @DisplayName("reports a server error that persists as ServerException with its status")
    void serverError_onARead_throwsServerException() {
      faults().respondAlways(Operation.LIST_CLIENTS, 503);

      assertThatThrownBy(chat2desk()::listClients)
          .isInstanceOfSatisfying(
              ServerException.class, e -> assertThat(e.status()).isEqualTo(503));
    }

    @Test
    @DisplayName("reports a failed send as ServerException, and the message is not stored")
    void serverError_onASend_throwsServerExceptionAndStoresNothing() {
      long client = anna();
      faults().respondAlways(Operation.SEND_MESSAGE, 500);

      assertThatThrownBy(() -> chat2desk().sendMessage(client, "hi"))
          .isInstanceOf(ServerException.class);
      assertThat(chat2desk().listMessages(client).total()).hasValue(0);
    }

    @Test
    @DisplayName("reports content the API rejects as ValidationException, without retrying")
    void validationError_onASend_throwsValidation() {
      long client = anna();
      faults().respondAlways(Operation.SEND_MESSAGE, 422);

      assertThatThrownBy(() -> chat2desk().sendMessage(client, "hi"))
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.status()).isEqualTo(422));
      assertThat(chat2desk().listMessages(client).total()).hasValue(0);
    }

    @Test
    @DisplayName("reports the rate limit as RateLimitedException")
    void rateLimit_persisting_throwsRateLimited() {
      faults().respondAlways(Operation.LIST_TRANSFERS, 429);

      assertThatThrownBy(chat2desk()::listTransfers).isInstanceOf(RateLimitedException.class);
    }

    @Test
    @DisplayName("reports the monthly quota as QuotaExceededException")
    void quota_exceeded_throwsQuotaExceeded() {
      long client = anna();
      faults().respondAlways(Operation.LIST_MESSAGES, 402);

      assertThatThrownBy(() -> chat2desk().listMessages(client))
          .isInstanceOf(QuotaExceededException.class);
    }

    @Test
    @DisplayName("reports a method the API level forbids as AuthenticationException")
    void forbidden_throwsAuthentication() {
      faults().respondAlways(Operation.LIST_CLIENTS, 403);

      assertThatThrownBy(chat2desk()::listClients)
          .isInstanceOfSatisfying(
              AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    @DisplayName("reports a dropped connection as TransportException")
    void droppedConnection_onARead_throwsTransport() {
      faults().dropConnectionAlways(Operation.LIST_CLIENTS);

      assertThatThrownBy(chat2desk()::listClients).isInstanceOf(TransportException.class);
    }

    @Test
    @DisplayName("says that a send whose connection dropped may have been delivered")
    void droppedConnection_onASend_mayHaveBeenDelivered() {
      long client = anna();
      faults().dropConnectionAlways(Operation.SEND_MESSAGE);

      assertThatThrownBy(() -> chat2desk().sendMessage(client, "hi"))
          .isInstanceOfSatisfying(
              TransportException.class, e -> assertThat(e.mayHaveBeenDelivered()).isTrue());
    }
  }
}
