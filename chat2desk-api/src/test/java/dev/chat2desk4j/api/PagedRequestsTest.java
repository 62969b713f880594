package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every listing pages the same way, whatever its filters. */
class PagedRequestsTest {

  static Stream<Arguments> listings() {
    return Stream.of(
        arguments(ListClients.of(), Operation.LIST_CLIENTS),
        arguments(ListMessages.of(), Operation.LIST_MESSAGES),
        arguments(ListTransfers.of(), Operation.LIST_TRANSFERS),
        arguments(ListClientDialogs.of(42), Operation.LIST_CLIENT_DIALOGS),
        arguments(ListDialogs.of(), Operation.LIST_DIALOGS),
        arguments(ListUnansweredDialogs.of(), Operation.LIST_UNANSWERED_DIALOGS),
        arguments(ListOperators.of(), Operation.LIST_OPERATORS),
        arguments(ListChannels.of(), Operation.LIST_CHANNELS),
        arguments(ListTags.of(), Operation.LIST_TAGS),
        arguments(ListTemplates.of(), Operation.LIST_TEMPLATES));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("listings")
  void of_firstPageOfTheDefaultSize(ListRequest<?, ?> first, Operation operation) {
    assertThat(first.operation()).isEqualTo(operation);
    assertThat(first.limit()).isEqualTo(ApiLimits.DEFAULT_PAGE_SIZE);
    assertThat(first.offset()).isZero();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("listings")
  void withLimitAndOffset_boundaries_areAccepted(ListRequest<?, ?> first, Operation operation) {
    ListRequest<?, ?> page = first.withLimit(ApiLimits.MAX_PAGE_SIZE).withOffset(400);

    assertThat(page.limit()).isEqualTo(200);
    assertThat(page.offset()).isEqualTo(400);
    assertThat(page.withLimit(1).limit()).isEqualTo(1);
    assertThat(page.getClass()).isEqualTo(first.getClass());
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("listings")
  void withLimit_outOfRange_throwsNamingLimit(ListRequest<?, ?> first, Operation operation) {
    assertThatThrownBy(() -> first.withLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be between 1 and 200 but was 0");
    assertThatThrownBy(() -> first.withLimit(201))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be between 1 and 200 but was 201");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("listings")
  void withOffset_negative_throwsNamingOffset(ListRequest<?, ?> first, Operation operation) {
    assertThatThrownBy(() -> first.withOffset(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset must not be negative but was -1");
  }
}
