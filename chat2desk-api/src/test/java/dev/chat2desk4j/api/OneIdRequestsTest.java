package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The requests that name one object by its id and nothing else. */
class OneIdRequestsTest {

  static Stream<Arguments> requests() {
    return Stream.of(
        request("clientId", Operation.GET_CLIENT_TRANSPORTS, GetClientTransports::of),
        request("clientId", Operation.GET_CLIENT_LAST_QUESTION, GetClientLastQuestion::of),
        request("id", Operation.GET_CLIENT, GetClient::of),
        request("id", Operation.GET_MESSAGE, GetMessage::of),
        request("id", Operation.MARK_MESSAGE_READ, MarkMessageRead::of),
        request("id", Operation.MARK_MESSAGE_UNREAD, MarkMessageUnread::of),
        request("id", Operation.GET_DIALOG, GetDialog::of),
        request("id", Operation.GET_CHANNEL, GetChannel::of),
        request("id", Operation.GET_TAG, GetTag::of),
        request("id", Operation.GET_TEMPLATE, GetTemplate::of),
        request("id", Operation.DELETE_WEBHOOK, DeleteWebhook::of));
  }

  private static Arguments request(
      String field, Operation operation, LongFunction<Chat2DeskRequest<?>> of) {
    return arguments(operation, field, of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void of_positiveId_makesTheOperationsRequest(
      Operation operation, String field, LongFunction<Chat2DeskRequest<?>> of) {
    Chat2DeskRequest<?> request = of.apply(42);

    assertThat(request.operation()).isEqualTo(operation);
    assertThat(request).isEqualTo(of.apply(42)).isNotEqualTo(of.apply(43));
    assertThat(request.toString()).contains(field + "=42");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void of_nonPositiveId_throwsNamingTheId(
      Operation operation, String field, LongFunction<Chat2DeskRequest<?>> of) {
    assertThatThrownBy(() -> of.apply(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(field + " must be positive but was 0");
    assertThatThrownBy(() -> of.apply(Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(field + " must be positive but was " + Long.MIN_VALUE);
  }
}
