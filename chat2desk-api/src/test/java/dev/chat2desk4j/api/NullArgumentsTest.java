package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A null where a value is required fails at once, naming the component. */
class NullArgumentsTest {

  private static final String URL = "https://x.example/h";

  static Stream<Arguments> nulls() {
    SendMessage send = SendMessage.of(1, "hi");
    SendInboundMessage inbound = SendInboundMessage.of(1, InboundSender.client(1), "hi");
    CreateWebhook create = CreateWebhook.of(URL, WebhookEvent.INBOX);
    return Stream.of(
        call("createdAfter", () -> ListClients.of().withCreatedAfter(null)),
        call("transport", () -> CreateClient.of("79001234567").withTransport(null)),
        call("nickname", () -> CreateClient.of("79001234567").withNickname(null)),
        call("assignedPhone", () -> CreateClient.of("79001234567").withAssignedPhone(null)),
        call("comment", () -> UpdateClient.of(1).withComment(null)),
        call("extraComment1", () -> UpdateClient.of(1).withExtraComment1(null)),
        call("extraComment2", () -> UpdateClient.of(1).withExtraComment2(null)),
        call("extraComment3", () -> UpdateClient.of(1).withExtraComment3(null)),
        call("externalId", () -> UpdateClient.of(1).withExternalId(null)),
        call("customFields", () -> UpdateClient.of(1).withCustomFields(null)),
        call("text", () -> send.withText(null)),
        call("attachment", () -> send.withAttachment(null)),
        call("pdf", () -> send.withPdf(null)),
        call("transport", () -> ListMessages.of().withTransport(null)),
        call("type", () -> ListMessages.of().withType(null)),
        call("startDate", () -> ListMessages.of().withStartDate(null)),
        call("finishDate", () -> ListMessages.of().withFinishDate(null)),
        call("text", () -> SendInboundMessage.of(1, InboundSender.client(1), null)),
        call("image", () -> SendInboundMessage.ofImage(1, InboundSender.client(1), null)),
        call("image", () -> inbound.withImage(null)),
        call("video", () -> inbound.withVideo(null)),
        call("location", () -> inbound.withLocation(null)),
        call("externalId", () -> inbound.withExternalId(null)),
        call("text", () -> inbound.withText(null)),
        call("phone", () -> InboundSender.phone(null)),
        call("nickname", () -> InboundSender.client(1).withNickname(null)),
        call("avatar", () -> InboundSender.client(1).withAvatar(null)),
        call("state", () -> ListDialogs.of().withState(null)),
        call("state", () -> UpdateDialog.of(1).withState(null)),
        call("phone", () -> ListOperators.of().withPhone(null)),
        call("email", () -> ListOperators.of().withEmail(null)),
        call("status", () -> ListOperators.of().withStatus(null)),
        call("role", () -> ListOperators.of().withRole(null)),
        call("phone", () -> ListChannels.of().withPhone(null)),
        call("url", () -> CreateWebhook.of(null, WebhookEvent.INBOX)),
        call("events", () -> CreateWebhook.of(URL, WebhookEvent.INBOX, null)),
        call("events", () -> create.withEvents((WebhookEvent[]) null)),
        call("name", () -> create.withName(null)),
        call("status", () -> create.withStatus(null)),
        call("url", () -> UpdateWebhook.of(1).withUrl(null)),
        call("name", () -> UpdateWebhook.of(1).withName(null)),
        call("events", () -> UpdateWebhook.of(1).withEvents(WebhookEvent.INBOX, null)),
        call("status", () -> UpdateWebhook.of(1).withStatus(null)),
        call("url", () -> SetWebHook.of(null)));
  }

  private static Arguments call(String component, ThrowingCallable call) {
    return arguments(component, call);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("nulls")
  void nullForARequiredValue_throwsNamingTheComponent(String component, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(component);
  }
}
