package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every enum read from the wire round-trips its values and reads the rest as UNKNOWN. */
class WireEnumsTest {

  record WireEnum<E extends Enum<E>>(
      Class<E> type, Function<E, String> wireValue, Function<String, E> fromWire, E unknown) {

    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Stream<WireEnum<?>> enums() {
    return Stream.of(
        new WireEnum<>(
            Transport.class, Transport::wireValue, Transport::fromWire, Transport.UNKNOWN),
        new WireEnum<>(
            MessageType.class, MessageType::wireValue, MessageType::fromWire, MessageType.UNKNOWN),
        new WireEnum<>(
            AttachmentKind.class,
            AttachmentKind::wireValue,
            AttachmentKind::fromWire,
            AttachmentKind.UNKNOWN),
        new WireEnum<>(
            DialogState.class, DialogState::wireValue, DialogState::fromWire, DialogState.UNKNOWN),
        new WireEnum<>(
            OperatorRole.class,
            OperatorRole::wireValue,
            OperatorRole::fromWire,
            OperatorRole.UNKNOWN),
        new WireEnum<>(
            WebhookStatus.class,
            WebhookStatus::wireValue,
            WebhookStatus::fromWire,
            WebhookStatus.UNKNOWN),
        new WireEnum<>(
            WebhookEvent.class,
            WebhookEvent::wireValue,
            WebhookEvent::fromWire,
            WebhookEvent.UNKNOWN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  <E extends Enum<E>> void fromWire_everyWireValue_roundTripsIgnoringCase(WireEnum<E> wire) {
    for (E constant : wire.type().getEnumConstants()) {
      String value = wire.wireValue().apply(constant);

      assertThat(wire.fromWire().apply(value)).isEqualTo(constant);
      assertThat(wire.fromWire().apply(value.toUpperCase())).isEqualTo(constant);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  <E extends Enum<E>> void fromWire_newOrMissingValue_isUnknown(WireEnum<E> wire) {
    assertThat(wire.fromWire().apply("added_by_the_server_next_year")).isEqualTo(wire.unknown());
    assertThat(wire.fromWire().apply(null)).isEqualTo(wire.unknown());
    assertThat(wire.fromWire().apply("")).isEqualTo(wire.unknown());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  <E extends Enum<E>> void wireValues_areDistinct(WireEnum<E> wire) {
    List<String> values =
        Arrays.stream(wire.type().getEnumConstants()).map(wire.wireValue()).toList();

    assertThat(values).doesNotHaveDuplicates();
  }

  @Test
  void webhookStatus_wireValues_areTheApisVerbs() {
    assertThat(WebhookStatus.ENABLED.wireValue()).isEqualTo("enable");
    assertThat(WebhookStatus.fromWire("disable")).isEqualTo(WebhookStatus.DISABLED);
  }

  @Test
  void webhookEvent_dialogTransferred_isNotTheScriptHandlersName() {
    assertThat(WebhookEvent.fromWire("dialog_transferred"))
        .isEqualTo(WebhookEvent.DIALOG_TRANSFERRED);
    assertThat(WebhookEvent.fromWire("dialog_transfer")).isEqualTo(WebhookEvent.UNKNOWN);
  }

  @Test
  void webhookEvent_holdsEveryEventOfTheWireFormat() {
    assertThat(Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireValue))
        .containsExactly(
            "inbox",
            "outbox",
            "outbox_status",
            "comment",
            "new_client",
            "new_request",
            "add_tag_to_client",
            "add_tag_to_request",
            "delete_tag_from_client",
            "delete_tag_from_request",
            "client_updated",
            "close_dialog",
            "close_request",
            "dialog_transferred",
            "new_qr_code",
            "new_ticket",
            "ticket_updated",
            "ticket_deleted",
            "client_added_to_blacklist",
            "imported_message",
            "unknown");
  }
}
