package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientRequestsTest {

  @Nested
  class ListClientsFilters {

    @Test
    void withFilters_setTagsOrderAndCreatedAfter_andKeepThePage() {
      Instant since = Instant.parse("2026-11-01T00:00:00Z");

      ListClients request =
          ListClients.of()
              .withOffset(40)
              .withTagIds(3, 5)
              .withOrder(SortOrder.DESC)
              .withCreatedAfter(since);

      assertThat(request)
          .isEqualTo(new ListClients(20, 40, null, List.of(3L, 5L), SortOrder.DESC, since));
    }

    @Test
    void withTagIds_none_liftsTheFilter() {
      assertThat(ListClients.of().withTagIds(3).withTagIds().tagIds()).isEmpty();
    }

    @Test
    void withTagIds_nonPositive_throwsNamingTagIds() {
      assertThatThrownBy(() -> ListClients.of().withTagIds(3, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("tagIds must hold positive ids but held 0");
    }

    @Test
    void constructor_nullTagIds_becomeEmpty_andTheCopyIsImmutable() {
      ListClients request = new ListClients(20, 0, null, null, null, null);

      assertThat(request.tagIds()).isEmpty();
      assertThatThrownBy(() -> ListClients.of().withTagIds(1).tagIds().add(2L))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withOrder_null_throws() {
      assertThatThrownBy(() -> ListClients.of().withOrder(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("order");
    }
  }

  @Nested
  class Create {

    @ParameterizedTest
    @ValueSource(strings = {"79001234567", "+79001234567", "12345", "12345678901234567890"})
    void of_validPhone_isAccepted(String phone) {
      assertThat(CreateClient.of(phone)).isEqualTo(new CreateClient(phone, null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"1234", "123456789012345678901", "+7 900 123", "7900-123-45", "++79001", "abc"})
    void of_notAPhone_throwsNamingPhone_withoutEchoingIt(String phone) {
      assertThatThrownBy(() -> CreateClient.of(phone))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("phone must be 5 to 20 digits with an optional leading +");
    }

    @Test
    void of_nullPhone_throwsNamingPhone() {
      assertThatThrownBy(() -> CreateClient.of(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("phone");
    }

    @Test
    void withCopies_setEveryOptionalField() {
      CreateClient request =
          CreateClient.of("79001234567")
              .withTransport(Transport.WHATSAPP)
              .withChannelId(12)
              .withNickname("Anna")
              .withAssignedPhone("79990000000");

      assertThat(request)
          .isEqualTo(
              new CreateClient("79001234567", Transport.WHATSAPP, 12L, "Anna", "79990000000"));
      assertThat(request.operation()).isEqualTo(Operation.CREATE_CLIENT);
    }

    @Test
    void withTransport_unknown_throwsNamingTransport() {
      assertThatThrownBy(() -> CreateClient.of("79001234567").withTransport(Transport.UNKNOWN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("transport must be a known value but was UNKNOWN");
    }

    @Test
    void withChannelId_nonPositive_throwsNamingChannelId() {
      assertThatThrownBy(() -> CreateClient.of("79001234567").withChannelId(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("channelId must be positive but was 0");
    }

    @Test
    void withNickname_blank_throwsNamingNickname() {
      assertThatThrownBy(() -> CreateClient.of("79001234567").withNickname(" "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("nickname must not be blank when given");
    }

    @Test
    void withAssignedPhone_blank_throwsNamingAssignedPhone() {
      assertThatThrownBy(() -> CreateClient.of("79001234567").withAssignedPhone(""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("assignedPhone must not be blank when given");
    }
  }

  @Nested
  class Update {

    @Test
    void of_setsNothing_andIsValid() {
      assertThat(UpdateClient.of(42))
          .isEqualTo(new UpdateClient(42, null, null, null, null, null, null, Map.of()));
    }

    @Test
    void of_nonPositiveId_throwsNamingId() {
      assertThatThrownBy(() -> UpdateClient.of(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("id must be positive but was -1");
    }

    @Test
    void withCopies_eachSetsOneField_andAnEmptyTextClears() {
      UpdateClient request =
          UpdateClient.of(42)
              .withNickname("Anna (VIP)")
              .withComment("")
              .withExtraComment1("one")
              .withExtraComment2("two")
              .withExtraComment3("three")
              .withExternalId("crm-7")
              .withCustomFields(Map.of("tier", "gold"));

      assertThat(request)
          .isEqualTo(
              new UpdateClient(
                  42, "Anna (VIP)", "", "one", "two", "three", "crm-7", Map.of("tier", "gold")));
    }

    @Test
    void withCustomFields_keepsTheCallersOrder_andIsACopy() {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("z", "1");
      fields.put("a", "2");

      UpdateClient request = UpdateClient.of(42).withCustomFields(fields);
      fields.put("m", "3");

      assertThat(request.customFields().keySet()).containsExactly("z", "a");
    }

    @Test
    void withCustomFields_blankName_throwsNamingCustomFields() {
      assertThatThrownBy(() -> UpdateClient.of(42).withCustomFields(Map.of(" ", "x")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("customFields must not have a blank name");
    }

    @Test
    void withCustomFields_nullValue_throwsNamingTheField() {
      Map<String, String> fields = new HashMap<>();
      fields.put("tier", null);

      assertThatThrownBy(() -> UpdateClient.of(42).withCustomFields(fields))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("customFields must not have a null value but tier had one");
    }

    @Test
    void withNickname_null_throws() {
      assertThatThrownBy(() -> UpdateClient.of(42).withNickname(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("nickname");
    }
  }

  @Test
  void listClientDialogs_of_firstPageOfTheClient_andPagesLikeEveryListing() {
    ListClientDialogs request = ListClientDialogs.of(42).withLimit(200).withOffset(400);

    assertThat(request).isEqualTo(new ListClientDialogs(42, 200, 400));
    assertThat(ListClientDialogs.of(42).limit()).isEqualTo(ApiLimits.DEFAULT_PAGE_SIZE);
  }

  @Test
  void listClientDialogs_nonPositiveClient_throwsNamingClientId() {
    assertThatThrownBy(() -> ListClientDialogs.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientId must be positive but was 0");
  }
}
