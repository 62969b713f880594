package dev.chat2desk4j.feign;

import dev.chat2desk4j.api.AssignTags;
import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.CreateClient;
import dev.chat2desk4j.api.CreateWebhook;
import dev.chat2desk4j.api.DeleteWebhook;
import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.GetAccountInfo;
import dev.chat2desk4j.api.GetChannel;
import dev.chat2desk4j.api.GetClient;
import dev.chat2desk4j.api.GetClientLastQuestion;
import dev.chat2desk4j.api.GetClientTransports;
import dev.chat2desk4j.api.GetDialog;
import dev.chat2desk4j.api.GetHelpList;
import dev.chat2desk4j.api.GetMessage;
import dev.chat2desk4j.api.GetOperatorGroups;
import dev.chat2desk4j.api.GetTag;
import dev.chat2desk4j.api.GetTemplate;
import dev.chat2desk4j.api.GetWebhooks;
import dev.chat2desk4j.api.HelpList;
import dev.chat2desk4j.api.InboundSender;
import dev.chat2desk4j.api.ListChannels;
import dev.chat2desk4j.api.ListClientDialogs;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListDialogs;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListOperators;
import dev.chat2desk4j.api.ListTags;
import dev.chat2desk4j.api.ListTemplates;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.ListUnansweredDialogs;
import dev.chat2desk4j.api.MarkMessageRead;
import dev.chat2desk4j.api.MarkMessageUnread;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RemoveTag;
import dev.chat2desk4j.api.SendInboundMessage;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SetChatCloseWebHook;
import dev.chat2desk4j.api.SetWebHook;
import dev.chat2desk4j.api.TagAssignee;
import dev.chat2desk4j.api.TransferMessageDialog;
import dev.chat2desk4j.api.TransferMessageDialogToGroup;
import dev.chat2desk4j.api.UpdateClient;
import dev.chat2desk4j.api.UpdateDialog;
import dev.chat2desk4j.api.UpdateWebhook;
import dev.chat2desk4j.api.WebhookEvent;

/**
 * One valid request per {@link Operation}, for the tests that run something for every operation:
 * the route tests here and, through this module's test jar, the resilience module's retry tests.
 */
public final class SampleRequests {

  private SampleRequests() {}

  /**
   * A valid request of the operation. A switch expression covers every constant, so a new operation
   * without a sample here does not compile.
   */
  public static Chat2DeskRequest<?> of(Operation operation) {
    return switch (operation) {
      case SEND_MESSAGE -> SendMessage.of(42, "hi");
      case LIST_MESSAGES -> ListMessages.of(42);
      case LIST_CLIENTS -> ListClients.of();
      case GET_CLIENT -> GetClient.of(42);
      case LIST_TRANSFERS -> ListTransfers.of();
      case CREATE_CLIENT -> CreateClient.of("79001234567");
      case UPDATE_CLIENT -> UpdateClient.of(42).withComment("vip");
      case GET_CLIENT_TRANSPORTS -> GetClientTransports.of(42);
      case LIST_CLIENT_DIALOGS -> ListClientDialogs.of(42);
      case GET_CLIENT_LAST_QUESTION -> GetClientLastQuestion.of(42);
      case GET_MESSAGE -> GetMessage.of(9001);
      case MARK_MESSAGE_READ -> MarkMessageRead.of(9001);
      case MARK_MESSAGE_UNREAD -> MarkMessageUnread.of(9001);
      case SEND_INBOUND_MESSAGE -> SendInboundMessage.of(7, InboundSender.client(42), "hi");
      case TRANSFER_MESSAGE_DIALOG -> TransferMessageDialog.of(9001, 5);
      case TRANSFER_MESSAGE_DIALOG_TO_GROUP -> TransferMessageDialogToGroup.of(9001, 2);
      case LIST_DIALOGS -> ListDialogs.of();
      case GET_DIALOG -> GetDialog.of(777);
      case LIST_UNANSWERED_DIALOGS -> ListUnansweredDialogs.of();
      case UPDATE_DIALOG -> UpdateDialog.of(777).withState(DialogState.CLOSED);
      case LIST_OPERATORS -> ListOperators.of();
      case GET_OPERATOR_GROUPS -> GetOperatorGroups.of();
      case LIST_CHANNELS -> ListChannels.of();
      case GET_CHANNEL -> GetChannel.of(1);
      case LIST_TAGS -> ListTags.of();
      case GET_TAG -> GetTag.of(3);
      case ASSIGN_TAGS -> AssignTags.of(TagAssignee.client(42), 3);
      case REMOVE_TAG -> RemoveTag.of(3, TagAssignee.client(42));
      case LIST_TEMPLATES -> ListTemplates.of();
      case GET_TEMPLATE -> GetTemplate.of(4);
      case GET_ACCOUNT_INFO -> GetAccountInfo.of();
      case GET_HELP_LIST -> GetHelpList.of(HelpList.TRANSPORTS);
      case GET_WEBHOOKS -> GetWebhooks.of();
      case CREATE_WEBHOOK -> CreateWebhook.of("https://example.com/hook", WebhookEvent.INBOX);
      case UPDATE_WEBHOOK -> UpdateWebhook.of(5).withName("main");
      case DELETE_WEBHOOK -> DeleteWebhook.of(5);
      case SET_WEB_HOOK -> SetWebHook.of("https://example.com/hook");
      case SET_CHAT_CLOSE_WEB_HOOK -> SetChatCloseWebHook.of("https://example.com/closed");
    };
  }
}
