package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OperationTest {

  /** One value of every request type; a new request or operation must be added here. */
  private static final List<Chat2DeskRequest<?>> ONE_OF_EACH =
      List.of(
          SendMessage.of(1, "hi"),
          ListMessages.of(1),
          ListClients.of(),
          GetClient.of(1),
          ListTransfers.of(),
          CreateClient.of("79001234567"),
          UpdateClient.of(1),
          GetClientTransports.of(1),
          ListClientDialogs.of(1),
          GetClientLastQuestion.of(1),
          GetMessage.of(1),
          MarkMessageRead.of(1),
          MarkMessageUnread.of(1),
          SendInboundMessage.of(1, InboundSender.client(1), "hi"),
          TransferMessageDialog.of(1, 2),
          TransferMessageDialogToGroup.of(1, 2),
          ListDialogs.of(),
          GetDialog.of(1),
          ListUnansweredDialogs.of(),
          UpdateDialog.of(1),
          ListOperators.of(),
          GetOperatorGroups.of(),
          ListChannels.of(),
          GetChannel.of(1),
          ListTags.of(),
          GetTag.of(1),
          AssignTags.of(TagAssignee.client(1), 2),
          RemoveTag.of(2, TagAssignee.client(1)),
          ListTemplates.of(),
          GetTemplate.of(1),
          GetAccountInfo.of(),
          GetHelpList.of(HelpList.ROLES),
          GetWebhooks.of(),
          CreateWebhook.of("https://x.example/h", WebhookEvent.INBOX),
          UpdateWebhook.of(1),
          DeleteWebhook.of(1),
          SetWebHook.of("https://x.example/h"),
          SetChatCloseWebHook.of("https://x.example/h"));

  @Test
  void everyRequestType_isListedHere() {
    List<Class<?>> listed = new ArrayList<>();
    ONE_OF_EACH.forEach(request -> listed.add(request.getClass()));

    assertThat(listed).containsExactlyInAnyOrderElementsOf(leaves(Chat2DeskRequest.class));
  }

  @Test
  void everyOperation_hasExactlyOneRequestType() {
    assertThat(ONE_OF_EACH)
        .extracting(Chat2DeskRequest::operation)
        .containsExactlyInAnyOrder(Operation.values());
  }

  @Test
  void safety_followsTheApisEffect_notTheHttpMethod() {
    assertThat(Operation.SEND_MESSAGE.safety()).isEqualTo(Operation.Safety.UNSAFE);
    assertThat(Operation.SEND_MESSAGE.isRepeatable()).isFalse();
    assertThat(Operation.LIST_CLIENTS.safety()).isEqualTo(Operation.Safety.SAFE);
    assertThat(Operation.GET_CLIENT.isRepeatable()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = Operation.class,
      names = {"SEND_MESSAGE", "SEND_INBOUND_MESSAGE", "CREATE_CLIENT", "CREATE_WEBHOOK"})
  void safety_sendsAndCreates_areUnsafe(Operation operation) {
    assertThat(operation.safety()).isEqualTo(Operation.Safety.UNSAFE);
    assertThat(operation.isRepeatable()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = Operation.class,
      names = {
        "UPDATE_CLIENT",
        "MARK_MESSAGE_READ",
        "MARK_MESSAGE_UNREAD",
        "TRANSFER_MESSAGE_DIALOG",
        "TRANSFER_MESSAGE_DIALOG_TO_GROUP",
        "UPDATE_DIALOG",
        "ASSIGN_TAGS",
        "REMOVE_TAG",
        "UPDATE_WEBHOOK",
        "DELETE_WEBHOOK",
        "SET_WEB_HOOK",
        "SET_CHAT_CLOSE_WEB_HOOK"
      })
  void safety_changesThatARepeatLeavesAlike_areIdempotent(Operation operation) {
    assertThat(operation.safety()).isEqualTo(Operation.Safety.IDEMPOTENT);
    assertThat(operation.isRepeatable()).isTrue();
  }

  @Test
  void safety_everyOtherOperation_isAReadAndSafe() {
    assertThat(Operation.values())
        .filteredOn(operation -> operation.safety() == Operation.Safety.SAFE)
        .allMatch(operation -> operation.methodName().matches("(get|list)[A-Z].*"))
        .hasSize(Operation.values().length - 4 - 12);
  }

  @Test
  void voidOperations_areExactlyTheOnesWhoseAnswerCarriesNothing() {
    assertThat(ONE_OF_EACH)
        .filteredOn(request -> answerType(request) == Void.class)
        .extracting(Chat2DeskRequest::operation)
        .containsExactlyInAnyOrder(
            Operation.MARK_MESSAGE_READ,
            Operation.MARK_MESSAGE_UNREAD,
            Operation.TRANSFER_MESSAGE_DIALOG,
            Operation.TRANSFER_MESSAGE_DIALOG_TO_GROUP,
            Operation.ASSIGN_TAGS,
            Operation.REMOVE_TAG,
            Operation.DELETE_WEBHOOK,
            Operation.SET_WEB_HOOK,
            Operation.SET_CHAT_CLOSE_WEB_HOOK);
  }

  @Test
  void methodNames_areUniqueCamelCase() {
    assertThat(Arrays.stream(Operation.values()).map(Operation::methodName))
        .doesNotHaveDuplicates()
        .allMatch(name -> name.matches("[a-z][A-Za-z]+"));
  }

  private static Type answerType(Chat2DeskRequest<?> request) {
    for (Type type : request.getClass().getGenericInterfaces()) {
      if (type instanceof ParameterizedType parameterized
          && parameterized.getRawType() == Chat2DeskRequest.class) {
        return parameterized.getActualTypeArguments()[0];
      }
    }
    return null;
  }

  private static List<Class<?>> leaves(Class<?> sealed) {
    List<Class<?>> leaves = new ArrayList<>();
    for (Class<?> permitted : sealed.getPermittedSubclasses()) {
      if (permitted.isSealed()) {
        leaves.addAll(leaves(permitted));
      } else {
        leaves.add(permitted);
      }
    }
    return leaves;
  }
}
