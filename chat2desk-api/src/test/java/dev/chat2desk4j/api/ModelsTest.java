package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelsTest {

  @ParameterizedTest
  @CsvSource({"0,3,10,true", "7,3,10,false", "0,0,0,false", "8,2,10,false", "0,2,10,false"})
  void page_hasNext_isTrueOnlyForAFullPageEndingBelowTotal(
      int offset, int size, long total, boolean expected) {
    Page<Integer> page =
        new Page<>(new ArrayList<>(Collections.nCopies(size, 1)), total, 3, offset);

    assertThat(page.hasNext()).isEqualTo(expected);
    assertThat(page.nextOffset()).isEqualTo(offset + size);
  }

  @ParameterizedTest
  @CsvSource({"3,3,true", "2,3,false", "0,3,false", "4,3,true"})
  void page_unknownTotal_hasNextWhileThePageIsFull(int size, int limit, boolean expected) {
    Page<Integer> page =
        new Page<>(new ArrayList<>(Collections.nCopies(size, 1)), OptionalLong.empty(), limit, 0);

    assertThat(page.hasNext()).isEqualTo(expected);
    assertThat(page.total()).isEmpty();
  }

  @Test
  void page_knownTotal_isPresent() {
    assertThat(new Page<>(List.of("a"), 7, 20, 0).total()).hasValue(7);
  }

  @Test
  void page_items_areACopy() {
    List<String> items = new ArrayList<>(List.of("a"));
    Page<String> page = new Page<>(items, 1, 20, 0);

    items.add("b");

    assertThat(page.items()).containsExactly("a");
  }

  @Test
  void page_negativeTotal_throwsNamingTotal() {
    assertThatThrownBy(() -> new Page<>(List.of(), OptionalLong.of(-1), 20, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total must not be negative but was -1");
  }

  @Test
  void page_nullTotal_throwsNamingTotal() {
    assertThatThrownBy(() -> new Page<>(List.of(), null, 20, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("total");
  }

  @Test
  void page_map_keepsPaginationNumbers() {
    Page<Integer> page = new Page<>(List.of(1, 2), 10, 2, 4);

    assertThat(page.map(String::valueOf)).isEqualTo(new Page<>(List.of("1", "2"), 10, 2, 4));
  }

  @Test
  void client_nullTags_becomeEmpty_andDisplayNamePrefersAssignedName() {
    Client plain = Client.of(1, "Anna", "79001234567");
    Client vip =
        new Client(
            2,
            "Anna",
            "Anna (VIP)",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(plain.tagIds()).isEmpty();
    assertThat(plain.displayName()).isEqualTo("Anna");
    assertThat(vip.displayName()).isEqualTo("Anna (VIP)");
  }

  @Test
  void client_withoutAnyName_hasNoDisplayName() {
    // A client created by phone alone has neither a messenger name nor an assigned one.
    assertThat(Client.of(6, null, "79005550123").displayName()).isNull();
  }

  @Test
  void message_nullEnums_becomeUnknown() {
    Message message =
        new Message(1, 2, "hi", null, null, false, null, null, null, null, null, null, null);

    assertThat(message.type()).isEqualTo(MessageType.UNKNOWN);
    assertThat(message.transport()).isEqualTo(Transport.UNKNOWN);
    assertThat(message.isIncoming()).isFalse();
    assertThat(message.attachments()).isEmpty();
    assertThat(message.remoteId()).isNull();
  }

  @Test
  void messageType_fromWire_knownValuesRoundTripIgnoringCase() {
    for (MessageType type : MessageType.values()) {
      if (type != MessageType.UNKNOWN) {
        assertThat(MessageType.fromWire(type.wireValue().toUpperCase())).isEqualTo(type);
      }
    }
  }

  @Test
  void messageType_fromWire_newOrMissingValue_isUnknown() {
    assertThat(MessageType.fromWire("hologram")).isEqualTo(MessageType.UNKNOWN);
    assertThat(MessageType.fromWire(null)).isEqualTo(MessageType.UNKNOWN);
    assertThat(MessageType.fromWire("unknown")).isEqualTo(MessageType.UNKNOWN);
  }

  @Test
  void transport_fromWire_knownValuesRoundTrip_andNewValueIsUnknown() {
    assertThat(Transport.fromWire("Telegram")).isEqualTo(Transport.TELEGRAM);
    assertThat(Transport.fromWire("whatsapp")).isEqualTo(Transport.WHATSAPP);
    assertThat(Transport.fromWire("carrier_pigeon")).isEqualTo(Transport.UNKNOWN);
    assertThat(Transport.fromWire(null)).isEqualTo(Transport.UNKNOWN);
  }

  @Test
  void sortOrder_fromWire_parsesBothAndRejectsOthersAsNull() {
    assertThat(SortOrder.fromWire("DESC")).isEqualTo(SortOrder.DESC);
    assertThat(SortOrder.fromWire("asc")).isEqualTo(SortOrder.ASC);
    assertThat(SortOrder.fromWire("sideways")).isNull();
  }

  @Test
  void operation_methodNames_matchTheInterface() {
    assertThat(Operation.SEND_MESSAGE.methodName()).isEqualTo("sendMessage");
    assertThat(Operation.LIST_TRANSFERS.methodName()).isEqualTo("listTransfers");
    assertThat(Operation.GET_CLIENT.methodName()).isEqualTo("getClient");
  }
}
