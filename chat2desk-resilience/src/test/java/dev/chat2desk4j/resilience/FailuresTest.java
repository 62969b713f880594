package dev.chat2desk4j.resilience;

import static dev.chat2desk4j.api.Operation.CREATE_CLIENT;
import static dev.chat2desk4j.api.Operation.LIST_CLIENTS;
import static dev.chat2desk4j.api.Operation.SEND_MESSAGE;
import static dev.chat2desk4j.api.Operation.UPDATE_DIALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.CallDeadline;
import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.CallRejectedException.Reason;
import dev.chat2desk4j.api.ConflictException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void retryable_sendMessage_onlyWhenNotAccepted() {
    assertThat(Failures.retryable(SEND_MESSAGE, Errors.refused(SEND_MESSAGE))).isTrue();
    assertThat(Failures.retryable(SEND_MESSAGE, Errors.rateLimited(SEND_MESSAGE, null))).isTrue();
    assertThat(Failures.retryable(SEND_MESSAGE, Errors.readTimeout(SEND_MESSAGE))).isFalse();
    assertThat(Failures.retryable(SEND_MESSAGE, Errors.server(SEND_MESSAGE))).isFalse();
    assertThat(Failures.retryable(SEND_MESSAGE, Errors.unreadable(SEND_MESSAGE))).isFalse();
  }

  @Test
  void retryable_unreadableAnswerToARead_true() {
    assertThat(Failures.retryable(LIST_CLIENTS, Errors.unreadable(LIST_CLIENTS))).isTrue();
  }

  @Test
  void unreadableAnswer_countsAgainstServerWithItsOwnOutcome() {
    assertThat(Failures.countsAgainstServer(Errors.unreadable(LIST_CLIENTS))).isTrue();
    assertThat(Failures.outcome(Errors.unreadable(LIST_CLIENTS))).isEqualTo("INVALID_RESPONSE");
    assertThat(Failures.exceptionTag(Errors.unreadable(LIST_CLIENTS)))
        .isEqualTo("InvalidResponseException");
  }

  @Test
  void waitsPastDeadline_retryAfterBeyondTheTimeLeft_true() {
    boolean beyond =
        CallDeadline.within(
            Duration.ofSeconds(2),
            () ->
                Failures.waitsPastDeadline(
                    Errors.rateLimited(LIST_CLIENTS, Duration.ofSeconds(5))));
    boolean within =
        CallDeadline.within(
            Duration.ofSeconds(10),
            () ->
                Failures.waitsPastDeadline(
                    Errors.rateLimited(LIST_CLIENTS, Duration.ofSeconds(5))));

    assertThat(beyond).isTrue();
    assertThat(within).isFalse();
    assertThat(Failures.waitsPastDeadline(Errors.rateLimited(LIST_CLIENTS, null))).isFalse();
  }

  @Test
  void retryable_rejectionsAndQuota_never() {
    CallRejectedException rejected =
        new CallRejectedException(LIST_CLIENTS, Reason.CIRCUIT_OPEN, "chat2desk", null);

    assertThat(Failures.retryable(LIST_CLIENTS, rejected)).isFalse();
    assertThat(Failures.retryable(LIST_CLIENTS, Errors.quota(LIST_CLIENTS))).isFalse();
    assertThat(Failures.retryable(LIST_CLIENTS, new IllegalStateException())).isFalse();
  }

  @Test
  void waitsTooLong_retryAfterAboveMax_true() {
    Duration max = Duration.ofSeconds(30);

    assertThat(Failures.waitsTooLong(Errors.rateLimited(LIST_CLIENTS, Duration.ofMinutes(1)), max))
        .isTrue();
    assertThat(Failures.waitsTooLong(Errors.rateLimited(LIST_CLIENTS, Duration.ofSeconds(30)), max))
        .isFalse();
    assertThat(Failures.waitsTooLong(Errors.rateLimited(LIST_CLIENTS, null), max)).isFalse();
  }

  @Test
  void countsAgainstServer_onlyServerAndTransportFailures() {
    assertThat(Failures.countsAgainstServer(Errors.server(LIST_CLIENTS))).isTrue();
    assertThat(Failures.countsAgainstServer(Errors.dropped(LIST_CLIENTS))).isTrue();
    assertThat(Failures.countsAgainstServer(Errors.rateLimited(LIST_CLIENTS, null))).isFalse();
    assertThat(Failures.countsAgainstServer(Errors.unauthorized(LIST_CLIENTS))).isFalse();
  }

  @Test
  void conflict_isAClientErrorNeitherRetriedNorCountedAgainstTheServer() {
    assertThat(Errors.conflict(CREATE_CLIENT)).isInstanceOf(ConflictException.class);
    assertThat(Failures.outcome(Errors.conflict(CREATE_CLIENT))).isEqualTo("CLIENT_ERROR");
    assertThat(Failures.exceptionTag(Errors.conflict(CREATE_CLIENT)))
        .isEqualTo("ConflictException");
    assertThat(Failures.retryable(UPDATE_DIALOG, Errors.conflict(UPDATE_DIALOG))).isFalse();
    assertThat(Failures.countsAgainstServer(Errors.conflict(CREATE_CLIENT))).isFalse();
  }

  @Test
  void outcome_callerErrors_clientError() {
    assertThat(Failures.outcome(Errors.unauthorized(LIST_CLIENTS))).isEqualTo("CLIENT_ERROR");
    assertThat(Failures.outcome(Errors.invalid(LIST_CLIENTS))).isEqualTo("CLIENT_ERROR");
    assertThat(Failures.outcome(Errors.notFound(LIST_CLIENTS))).isEqualTo("CLIENT_ERROR");
  }
}
