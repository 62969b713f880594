package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListRequestsTest {

  @Nested
  class Messages {

    @Test
    void of_defaults_firstPageOfTwentyOldestFirst() {
      assertThat(ListMessages.of(5))
          .isEqualTo(
              new ListMessages(
                  5L, 20, 0, SortOrder.ASC, null, null, null, null, null, null, null, null, null));
    }

    @Test
    void of_nonPositiveClientId_throwsNamingClientId() {
      assertThatThrownBy(() -> ListMessages.of(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("clientId must be positive but was 0");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201, Integer.MAX_VALUE})
    void withLimit_outOfRange_throwsNamingLimit(int limit) {
      assertThatThrownBy(() -> ListMessages.of(5).withLimit(limit))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("limit must be between 1 and 200 but was " + limit);
    }

    @Test
    void withOffset_negative_throwsNamingOffset() {
      assertThatThrownBy(() -> ListMessages.of(5).withOffset(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("offset must not be negative but was -1");
    }

    @Test
    void withOrder_null_throws() {
      assertThatThrownBy(() -> ListMessages.of(5).withOrder(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("order");
    }

    @Test
    void page_boundaryValues_areAccepted() {
      ListMessages request =
          ListMessages.of(5).withOffset(0).withLimit(200).withLimit(1).withOrder(SortOrder.DESC);

      assertThat(request)
          .isEqualTo(
              new ListMessages(
                  5L, 1, 0, SortOrder.DESC, null, null, null, null, null, null, null, null, null));
    }
  }

  @Nested
  class Clients {

    @Test
    void of_defaults_firstPageOfTwenty() {
      assertThat(ListClients.of()).isEqualTo(new ListClients(20, 0, null, List.of(), null, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -20, 201})
    void page_limitOutOfRange_throwsNamingLimit(int limit) {
      assertThatThrownBy(() -> ListClients.of().withOffset(0).withLimit(limit))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("limit must be between 1 and 200 but was " + limit);
    }

    @Test
    void page_negativeOffset_throwsNamingOffset() {
      assertThatThrownBy(() -> ListClients.of().withOffset(-3).withLimit(20))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("offset must not be negative but was -3");
    }

    @Test
    void withPhone_blank_throwsNamingPhone() {
      assertThatThrownBy(() -> ListClients.of().withPhone(" "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("phone must not be blank when given");
    }

    @Test
    void withCopies_keepOtherFields() {
      ListClients request = ListClients.of().withPhone("79001234567").withOffset(40).withLimit(200);

      assertThat(request).isEqualTo(new ListClients(200, 40, "79001234567", List.of(), null, null));
    }
  }

  @Nested
  class Transfers {

    @Test
    void of_defaults_firstPageOfTwentyUnfiltered() {
      assertThat(ListTransfers.of()).isEqualTo(new ListTransfers(20, 0, null, null));
    }

    @Test
    void page_limitOutOfRange_throwsNamingLimit() {
      assertThatThrownBy(() -> ListTransfers.of().withOffset(0).withLimit(500))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("limit must be between 1 and 200 but was 500");
    }

    @Test
    void page_negativeOffset_throwsNamingOffset() {
      assertThatThrownBy(() -> ListTransfers.of().withOffset(-1).withLimit(20))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("offset must not be negative but was -1");
    }

    @Test
    void withDialog_nonPositive_throwsNamingDialogId() {
      assertThatThrownBy(() -> ListTransfers.of().withDialogId(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("dialogId must be positive but was 0");
    }

    @Test
    void withOperator_nonPositive_throwsNamingOperatorId() {
      assertThatThrownBy(() -> ListTransfers.of().withOperatorId(-2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("operatorId must be positive but was -2");
    }

    @Test
    void withCopies_combineFilters() {
      ListTransfers request =
          ListTransfers.of().withOffset(10).withLimit(50).withDialogId(777).withOperatorId(5);

      assertThat(request).isEqualTo(new ListTransfers(50, 10, 777L, 5L));
    }
  }
}
