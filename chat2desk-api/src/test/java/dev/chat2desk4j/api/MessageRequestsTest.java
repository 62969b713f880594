package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MessageRequestsTest {

  private static final Instant NOV_1 = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant NOV_2 = Instant.parse("2026-11-02T00:00:00Z");

  @Nested
  class ListMessagesFilters {

    @Test
    void of_noClient_listsTheWholeAccountOldestFirst() {
      ListMessages request = ListMessages.of();

      assertThat(request.clientId()).isNull();
      assertThat(request.order()).isEqualTo(SortOrder.ASC);
      assertThat(request.limit()).isEqualTo(20);
    }

    @Test
    void withFilters_eachSetsItsField_andKeepsTheOthers() {
      ListMessages request =
          ListMessages.of()
              .withClientId(7)
              .withTransport(Transport.TELEGRAM)
              .withChannelId(12)
              .withType(MessageType.FROM_CLIENT)
              .withDialogId(777)
              .withRead(false)
              .withOperatorId(3)
              .withStartDate(NOV_1)
              .withFinishDate(NOV_2)
              .withStartId(9001)
              .withOrder(SortOrder.DESC)
              .withOffset(5);

      assertThat(request)
          .isEqualTo(
              new ListMessages(
                  7L,
                  20,
                  5,
                  SortOrder.DESC,
                  Transport.TELEGRAM,
                  12L,
                  MessageType.FROM_CLIENT,
                  777L,
                  false,
                  3L,
                  NOV_1,
                  NOV_2,
                  9001L));
    }

    @Test
    void withStartDate_afterFinishDate_throwsNamingBoth() {
      ListMessages request = ListMessages.of().withFinishDate(NOV_1);

      assertThatThrownBy(() -> request.withStartDate(NOV_2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "startDate must not be after finishDate but was 2026-11-02T00:00:00Z >"
                  + " 2026-11-01T00:00:00Z");
    }

    @Test
    void withStartDate_equalToFinishDate_isAccepted() {
      assertThat(ListMessages.of().withStartDate(NOV_1).withFinishDate(NOV_1).startDate())
          .isEqualTo(NOV_1);
    }

    @Test
    void withTransport_unknown_throwsNamingTransport() {
      assertThatThrownBy(() -> ListMessages.of().withTransport(Transport.UNKNOWN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("transport must be a known value but was UNKNOWN");
    }

    @Test
    void withType_unknown_throwsNamingType() {
      assertThatThrownBy(() -> ListMessages.of().withType(MessageType.UNKNOWN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("type must be a known value but was UNKNOWN");
    }

    @Test
    void withIds_nonPositive_throwNamingTheField() {
      ListMessages request = ListMessages.of();

      assertThatThrownBy(() -> request.withClientId(0))
          .hasMessage("clientId must be positive but was 0");
      assertThatThrownBy(() -> request.withChannelId(-1))
          .hasMessage("channelId must be positive but was -1");
      assertThatThrownBy(() -> request.withDialogId(0))
          .hasMessage("dialogId must be positive but was 0");
      assertThatThrownBy(() -> request.withOperatorId(0))
          .hasMessage("operatorId must be positive but was 0");
      assertThatThrownBy(() -> request.withStartId(0))
          .hasMessage("startId must be positive but was 0");
    }
  }

  @Nested
  class Inbound {

    @Test
    void of_textFromAKnownClient_isValid() {
      SendInboundMessage request = SendInboundMessage.of(12, InboundSender.client(42), "Hi");

      assertThat(request)
          .isEqualTo(
              new SendInboundMessage(
                  12, new InboundSender(42L, null, null, null), "Hi", null, null, null, null));
      assertThat(request.operation()).isEqualTo(Operation.SEND_INBOUND_MESSAGE);
    }

    @Test
    void ofImage_pictureWithoutText_isValid() {
      SendInboundMessage request =
          SendInboundMessage.ofImage(
              12, InboundSender.phone("+79001234567"), "https://x.example/p.jpg");

      assertThat(request.text()).isNull();
      assertThat(request.image()).isEqualTo("https://x.example/p.jpg");
    }

    @Test
    void constructor_noContent_throwsNamingText() {
      assertThatThrownBy(
              () ->
                  new SendInboundMessage(
                      12, InboundSender.client(42), null, null, null, null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("text must be given unless image, video or location is");
    }

    @Test
    void withCopies_setEveryOptionalField() {
      SendInboundMessage request =
          SendInboundMessage.of(12, InboundSender.client(42), "Hi")
              .withImage("https://x.example/p.jpg")
              .withVideo("https://x.example/v.mp4")
              .withLocation("55.75,37.61")
              .withExternalId("ext-1")
              .withText("Hello");

      assertThat(request)
          .isEqualTo(
              new SendInboundMessage(
                  12,
                  InboundSender.client(42),
                  "Hello",
                  "https://x.example/p.jpg",
                  "https://x.example/v.mp4",
                  "55.75,37.61",
                  "ext-1"));
    }

    @Test
    void of_invalidValues_throwNamingTheField() {
      InboundSender from = InboundSender.client(42);
      SendInboundMessage request = SendInboundMessage.of(12, from, "Hi");

      assertThatThrownBy(() -> SendInboundMessage.of(0, from, "Hi"))
          .hasMessage("channelId must be positive but was 0");
      assertThatThrownBy(() -> SendInboundMessage.of(12, null, "Hi"))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("from");
      assertThatThrownBy(() -> SendInboundMessage.of(12, from, " "))
          .hasMessage("text must not be blank");
      assertThatThrownBy(() -> SendInboundMessage.of(12, from, "a".repeat(4097)))
          .hasMessage("text must be at most 4096 characters but had 4097");
      assertThatThrownBy(() -> request.withImage("p.jpg"))
          .hasMessage("image must be an absolute http or https URL");
      assertThatThrownBy(() -> request.withVideo("ftp://x.example/v.mp4"))
          .hasMessage("video must be an absolute http or https URL");
      assertThatThrownBy(() -> request.withLocation(""))
          .hasMessage("location must not be blank when given");
      assertThatThrownBy(() -> request.withExternalId(" "))
          .hasMessage("externalId must not be blank when given");
    }

    @Test
    void sender_byPhone_withNicknameAndAvatar() {
      InboundSender sender =
          InboundSender.phone("79001234567")
              .withNickname("Anna")
              .withAvatar("https://x.example/a.png");

      assertThat(sender)
          .isEqualTo(new InboundSender(null, "79001234567", "Anna", "https://x.example/a.png"));
    }

    @Test
    void sender_bothOrNeitherOfIdAndPhone_throws() {
      assertThatThrownBy(() -> new InboundSender(42L, "79001234567", null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("exactly one of id and phone must be given");
      assertThatThrownBy(() -> new InboundSender(null, null, "Anna", null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("exactly one of id and phone must be given");
    }

    @Test
    void sender_invalidValues_throwNamingTheField() {
      assertThatThrownBy(() -> InboundSender.client(0)).hasMessage("id must be positive but was 0");
      assertThatThrownBy(() -> InboundSender.phone("12"))
          .hasMessage("phone must be 5 to 20 digits with an optional leading +");
      assertThatThrownBy(() -> InboundSender.client(1).withNickname(" "))
          .hasMessage("nickname must not be blank when given");
      assertThatThrownBy(() -> InboundSender.client(1).withAvatar("a.png"))
          .hasMessage("avatar must be an absolute http or https URL");
    }
  }

  @Nested
  class Transfers {

    @Test
    void transferDialog_of_takesTheMessageThenTheOperator() {
      TransferMessageDialog request = TransferMessageDialog.of(9001, 5).withForceAssign(true);

      assertThat(request).isEqualTo(new TransferMessageDialog(9001, 5, true));
      assertThat(TransferMessageDialog.of(9001, 5).forceAssign()).isNull();
    }

    @Test
    void transferDialog_nonPositiveIds_throwNamingTheId() {
      assertThatThrownBy(() -> TransferMessageDialog.of(0, 5))
          .hasMessage("messageId must be positive but was 0");
      assertThatThrownBy(() -> TransferMessageDialog.of(9001, -5))
          .hasMessage("operatorId must be positive but was -5");
    }

    @Test
    void transferDialogToGroup_of_takesTheMessageThenTheGroup() {
      assertThat(TransferMessageDialogToGroup.of(9001, 3))
          .isEqualTo(new TransferMessageDialogToGroup(9001, 3));
      assertThatThrownBy(() -> TransferMessageDialogToGroup.of(0, 3))
          .hasMessage("messageId must be positive but was 0");
      assertThatThrownBy(() -> TransferMessageDialogToGroup.of(9001, 0))
          .hasMessage("groupId must be positive but was 0");
    }
  }
}
