package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chat2desk4j.api.AuthenticationException;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.QuotaExceededException;
import dev.chat2desk4j.api.RateLimitedException;
import dev.chat2desk4j.api.ServerException;
import dev.chat2desk4j.api.TransportException;
import dev.chat2desk4j.api.ValidationException;
import dev.chat2desk4j.testkit.FaultInjector;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How failures of the API surface: each status as its exception, dropped connections as {@link
 * dev.chat2desk4j.api.TransportException}, slow answers within the timeout as answers. Runs where
 * the environment can inject faults: the fake server and the in-memory fake both can.
 */
public abstract class FailuresContract extends ContractBase {

  private FaultInjector faults() {
    Optional<FaultInjector> faults = environment().faults();
    assumeTrue(faults.isPresent(), "the environment cannot inject faults");
    return faults.get();
  }

  @Test
  @DisplayName("reports a server error that persists as ServerException with its status")
  void serverError_onARead_throwsServerException() {
    faults().respondAlways(Operation.LIST_CLIENTS, 503);

    assertThatThrownBy(chat2desk()::listClients)
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.status()).isEqualTo(503));
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
  @DisplayName("says that a send stored before its connection dropped may have been delivered")
  void storeThenDrop_onASend_isStoredAndMayHaveBeenDelivered() {
    long client = anna();
    supported(() -> faults().storeThenDropAlways(Operation.SEND_MESSAGE));

    assertThatThrownBy(() -> chat2desk().sendMessage(client, "hi"))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.mayHaveBeenDelivered()).isTrue());
    assertThat(chat2desk().listMessages(client).items())
        .extracting(Message::text)
        .containsExactly("hi");
  }

  @Test
  @DisplayName("answers normally again after a failure that happened once")
  void respondOnce_onASend_failsOnceThenSends() {
    long client = anna();
    supported(() -> faults().respondOnce(Operation.SEND_MESSAGE, 500));

    assertThatThrownBy(() -> chat2desk().sendMessage(client, "first"))
        .isInstanceOf(ServerException.class);
    chat2desk().sendMessage(client, "second");

    assertThat(chat2desk().listMessages(client).items())
        .extracting(Message::text)
        .containsExactly("second");
  }

  @Test
  @DisplayName("answers a send that the API stored but answered slowly, within the timeout")
  void stall_shorterThanTheTimeout_answersAndStoresOnce() {
    long client = anna();
    supported(() -> faults().stallAlways(Operation.SEND_MESSAGE, Duration.ofMillis(100)));

    long id = chat2desk().sendMessage(client, "slow").id();

    assertThat(chat2desk().listMessages(client).items())
        .extracting(Message::id)
        .containsExactly(id);
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
