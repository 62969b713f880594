package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SendMessageTest {

  @Test
  void to_validValues_sendsToClientThroughLastMessenger() {
    SendMessage request = SendMessage.of(42, "Hello");

    assertThat(request.clientId()).isEqualTo(42);
    assertThat(request.text()).isEqualTo("Hello");
    assertThat(request.type()).isEqualTo(MessageType.TO_CLIENT);
    assertThat(request.transport()).isNull();
    assertThat(request.channelId()).isNull();
    assertThat(request.operatorId()).isNull();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void to_nonPositiveClientId_throwsNamingClientId(long clientId) {
    assertThatThrownBy(() -> SendMessage.of(clientId, "Hello"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientId must be positive but was " + clientId);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t "})
  void to_blankText_throwsNamingText(String text) {
    assertThatThrownBy(() -> SendMessage.of(1, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must not be blank");
  }

  @Test
  void to_nullText_throwsNamingText() {
    assertThatThrownBy(() -> SendMessage.of(1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void to_textAtLimit_isAccepted() {
    String text = "a".repeat(ApiLimits.MAX_TEXT_LENGTH);

    assertThat(SendMessage.of(1, text).text()).hasSize(4096);
  }

  @Test
  void to_textOverLimit_throwsWithLength() {
    String text = "a".repeat(ApiLimits.MAX_TEXT_LENGTH + 1);

    assertThatThrownBy(() -> SendMessage.of(1, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must be at most 4096 characters but had 4097");
  }

  @Test
  void to_emojiText_countsCodePointsNotChars() {
    String emoji = "\uD83D\uDE00";
    String text = emoji.repeat(ApiLimits.MAX_TEXT_LENGTH);

    assertThat(SendMessage.of(1, text).text()).hasSize(2 * ApiLimits.MAX_TEXT_LENGTH);
  }

  @Test
  void withType_incomingType_throwsNamingType() {
    SendMessage request = SendMessage.of(1, "hi");

    assertThatThrownBy(() -> request.withType(MessageType.FROM_CLIENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type must be a type that can be sent");
  }

  @Test
  void withType_unknown_throwsNamingType() {
    assertThatThrownBy(() -> SendMessage.of(1, "hi").withType(MessageType.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type");
  }

  @Test
  void withTransport_unknown_throwsNamingTransport() {
    assertThatThrownBy(() -> SendMessage.of(1, "hi").withTransport(Transport.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transport must be a known value but was UNKNOWN");
  }

  @Test
  void withChannel_nonPositive_throwsNamingChannelId() {
    assertThatThrownBy(() -> SendMessage.of(1, "hi").withChannelId(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channelId must be positive but was 0");
  }

  @Test
  void withOperator_nonPositive_throwsNamingOperatorId() {
    assertThatThrownBy(() -> SendMessage.of(1, "hi").withOperatorId(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operatorId must be positive but was -5");
  }

  @Test
  void withCopies_setOptionalFields_andLeaveTheOriginalUnchanged() {
    SendMessage original = SendMessage.of(7, "hi");

    SendMessage copy =
        original
            .withType(MessageType.COMMENT)
            .withTransport(Transport.TELEGRAM)
            .withChannelId(3)
            .withOperatorId(9);

    assertThat(copy)
        .isEqualTo(
            new SendMessage(
                7, "hi", MessageType.COMMENT, Transport.TELEGRAM, 3L, 9L, null, null, null));
    assertThat(original).isEqualTo(SendMessage.of(7, "hi"));
  }

  @Test
  void ofAttachment_urlOnly_isAValidSendWithoutText() {
    SendMessage request = SendMessage.ofAttachment(42, "https://files.example.com/a.jpg");

    assertThat(request.text()).isNull();
    assertThat(request.attachment()).isEqualTo("https://files.example.com/a.jpg");
    assertThat(request.type()).isEqualTo(MessageType.TO_CLIENT);
  }

  @Test
  void ofAttachment_nullUrl_throwsNamingAttachment() {
    assertThatThrownBy(() -> SendMessage.ofAttachment(42, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("attachment");
  }

  @Test
  void constructor_noTextAttachmentOrPdf_throwsNamingText() {
    assertThatThrownBy(
            () ->
                new SendMessage(1, null, MessageType.TO_CLIENT, null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must be given unless attachment or pdf is");
  }

  @Test
  void constructor_pdfOnly_isValid() {
    SendMessage request =
        new SendMessage(
            1, null, MessageType.TO_CLIENT, null, null, null, null, "http://x.example/a.pdf", null);

    assertThat(request.pdf()).isEqualTo("http://x.example/a.pdf");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "files.example.com/a.jpg",
        "/a.jpg",
        "ftp://files.example.com/a.jpg",
        "file:///etc/passwd",
        "https://",
        "https://exa mple.com/a.jpg",
        ""
      })
  void withAttachment_notAnAbsoluteHttpUrl_throwsNamingAttachment(String url) {
    assertThatThrownBy(() -> SendMessage.of(1, "hi").withAttachment(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attachment must be an absolute http or https URL");
  }

  @Test
  void withPdf_notAUrl_throwsNamingPdf_withoutEchoingTheValue() {
    assertThatThrownBy(() -> SendMessage.of(1, "hi").withPdf("secret-token-in-path"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pdf must be an absolute http or https URL");
  }

  @Test
  void withText_blankOnAnAttachmentSend_throwsNamingText() {
    SendMessage request = SendMessage.ofAttachment(1, "https://x.example/a.jpg");

    assertThatThrownBy(() -> request.withText(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must not be blank");
  }

  @Test
  void withCopies_newFields_areSetAndKeepTheOthers() {
    SendMessage request =
        SendMessage.ofAttachment(7, "HTTPS://x.example/a.jpg")
            .withText("caption")
            .withPdf("http://x.example/a.pdf")
            .withOpenDialog(false)
            .withChannelId(3);

    assertThat(request)
        .isEqualTo(
            new SendMessage(
                7,
                "caption",
                MessageType.TO_CLIENT,
                null,
                3L,
                null,
                "HTTPS://x.example/a.jpg",
                "http://x.example/a.pdf",
                false));
  }
}
