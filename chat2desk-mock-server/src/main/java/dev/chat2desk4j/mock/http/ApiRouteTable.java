package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.AssignTags;
import dev.chat2desk4j.api.CreateClient;
import dev.chat2desk4j.api.CreateWebhook;
import dev.chat2desk4j.api.DeleteWebhook;
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
import dev.chat2desk4j.api.TransferMessageDialog;
import dev.chat2desk4j.api.TransferMessageDialogToGroup;
import dev.chat2desk4j.api.UpdateClient;
import dev.chat2desk4j.api.UpdateDialog;
import dev.chat2desk4j.api.UpdateWebhook;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.NewClient;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every API route the fake serves, one row each, and the only place that names an operation's HTTP
 * method and path on the fake's side. The HTTP server registers one Javalin route per row (literal
 * paths before those with an id); fault rules, request verification and the in-memory fake find an
 * operation's row here. Two rows serve routes of the wire that no {@link Operation} covers: the
 * {@code POST} and {@code PATCH} spellings of a dialog's update.
 */
public final class ApiRouteTable {

  private static final List<ApiRoute<?, ?>> ROUTES =
      List.of(
          // Messages
          ApiRoute.of(
              Operation.SEND_MESSAGE,
              SendMessage.class,
              "POST",
              "/v1/messages",
              MessageRoutes::send,
              MockAccount::sendMessage,
              sent -> Json.success(sent, Json::sent),
              null),
          ApiRoute.of(
              Operation.LIST_MESSAGES,
              ListMessages.class,
              "GET",
              "/v1/messages",
              MessageRoutes::list,
              MockAccount::listMessages,
              page -> Json.page(page, Json::message),
              null),
          ApiRoute.of(
              Operation.SEND_INBOUND_MESSAGE,
              SendInboundMessage.class,
              "POST",
              "/v1/messages/inbox",
              MessageRoutes::inbound,
              MockAccount::sendInbound,
              sent -> Json.success(sent, Json::sent),
              null),
          ApiRoute.of(
              Operation.GET_MESSAGE,
              GetMessage.class,
              "GET",
              "/v1/messages/{id}",
              params -> GetMessage.of(params.pathId()),
              MockAccount::getMessage,
              message -> Json.success(message, Json::message),
              GetMessage::id),
          ApiRoute.answeringNothing(
              Operation.MARK_MESSAGE_READ,
              MarkMessageRead.class,
              "GET",
              "/v1/messages/{id}/read",
              params -> MarkMessageRead.of(params.pathId()),
              (account, request) -> account.markMessage(request.id(), true),
              message -> Json.success(message, Json::message),
              MarkMessageRead::id),
          ApiRoute.answeringNothing(
              Operation.MARK_MESSAGE_UNREAD,
              MarkMessageUnread.class,
              "GET",
              "/v1/messages/{id}/unread",
              params -> MarkMessageUnread.of(params.pathId()),
              (account, request) -> account.markMessage(request.id(), false),
              message -> Json.success(message, Json::message),
              MarkMessageUnread::id),
          ApiRoute.answeringNothing(
              Operation.TRANSFER_MESSAGE_DIALOG,
              TransferMessageDialog.class,
              "GET",
              "/v1/messages/{id}/transfer",
              MessageRoutes::transfer,
              MockAccount::transferMessageDialog,
              dialog -> Json.success(dialog, Json::dialog),
              TransferMessageDialog::messageId),
          // Clients
          ApiRoute.of(
              Operation.LIST_CLIENTS,
              ListClients.class,
              "GET",
              "/v1/clients",
              ClientRoutes::list,
              MockAccount::listClients,
              page -> Json.page(page, Json::client),
              null),
          ApiRoute.widened(
              Operation.CREATE_CLIENT,
              CreateClient.class,
              NewClient::of,
              "POST",
              "/v1/clients",
              ClientRoutes::create,
              MockAccount::createClient,
              client -> Json.success(client, Json::clientWithChannels)),
          ApiRoute.of(
              Operation.GET_CLIENT,
              GetClient.class,
              "GET",
              "/v1/clients/{id}",
              params -> GetClient.of(params.pathId()),
              MockAccount::getClient,
              client -> Json.success(client, Json::clientWithChannels),
              GetClient::id),
          ApiRoute.of(
              Operation.UPDATE_CLIENT,
              UpdateClient.class,
              "PUT",
              "/v1/clients/{id}",
              ClientRoutes::update,
              MockAccount::updateClient,
              client -> Json.success(client, Json::clientWithChannels),
              UpdateClient::id),
          ApiRoute.of(
              Operation.GET_CLIENT_TRANSPORTS,
              GetClientTransports.class,
              "GET",
              "/v1/clients/{id}/transport",
              params -> GetClientTransports.of(params.pathId()),
              MockAccount::getClientTransports,
              channels -> Json.success(channels, Json::transports),
              GetClientTransports::clientId),
          ApiRoute.of(
              Operation.LIST_CLIENT_DIALOGS,
              ListClientDialogs.class,
              "GET",
              "/v1/clients/{id}/dialogs",
              ClientRoutes::dialogs,
              MockAccount::listClientDialogs,
              page -> Json.page(page, Json::dialog),
              ListClientDialogs::clientId),
          ApiRoute.of(
              Operation.GET_CLIENT_LAST_QUESTION,
              GetClientLastQuestion.class,
              "GET",
              "/v1/clients/{id}/last_question",
              params -> GetClientLastQuestion.of(params.pathId()),
              MockAccount::getClientLastQuestion,
              message -> Json.success(message, Json::message),
              GetClientLastQuestion::clientId),
          // Transfers and dialogs
          ApiRoute.of(
              Operation.LIST_TRANSFERS,
              ListTransfers.class,
              "GET",
              "/v1/transfers",
              DialogRoutes::listTransfers,
              MockAccount::listTransfers,
              page -> Json.page(page, Json::transfer),
              null),
          ApiRoute.of(
              Operation.LIST_DIALOGS,
              ListDialogs.class,
              "GET",
              "/v1/dialogs",
              DialogRoutes::list,
              MockAccount::listDialogs,
              page -> Json.page(page, Json::dialog),
              null),
          ApiRoute.of(
              Operation.LIST_UNANSWERED_DIALOGS,
              ListUnansweredDialogs.class,
              "GET",
              "/v1/dialogs/unanswered",
              DialogRoutes::unanswered,
              MockAccount::listUnansweredDialogs,
              page -> Json.page(page, Json::dialog),
              null),
          ApiRoute.of(
              Operation.GET_DIALOG,
              GetDialog.class,
              "GET",
              "/v1/dialogs/{id}",
              params -> GetDialog.of(params.pathId()),
              MockAccount::getDialog,
              dialog -> Json.success(dialog, Json::dialog),
              GetDialog::id),
          ApiRoute.of(
              Operation.UPDATE_DIALOG,
              UpdateDialog.class,
              "PUT",
              "/v1/dialogs/{id}",
              DialogRoutes::update,
              MockAccount::updateDialog,
              dialog -> Json.success(dialog, Json::dialog),
              UpdateDialog::id),
          // Public clients also change a dialog with POST and PATCH; the fake has always accepted
          // all three.
          updateDialogAlso("POST"),
          updateDialogAlso("PATCH"),
          // Operators, groups, channels, tags, templates and the account (issue 15).
          ApiRoute.of(
              Operation.LIST_OPERATORS,
              ListOperators.class,
              "GET",
              "/v1/operators",
              ReferenceRoutes::listOperators,
              (MockAccount account, ListOperators request) ->
                  account.reference().operators().list(request),
              page -> Json.page(page, ReferenceJson::operator),
              null),
          ApiRoute.of(
              Operation.GET_OPERATOR_GROUPS,
              GetOperatorGroups.class,
              "GET",
              "/v1/operators_groups",
              params -> GetOperatorGroups.of(),
              (MockAccount account, GetOperatorGroups request) ->
                  account.reference().operators().groups(request),
              groups -> ReferenceJson.list(groups, ReferenceJson::group),
              null),
          ApiRoute.of(
              Operation.TRANSFER_MESSAGE_DIALOG_TO_GROUP,
              TransferMessageDialogToGroup.class,
              "GET",
              "/v1/messages/{id}/transfer_to_group",
              ReferenceRoutes::transferToGroup,
              MockAccount::transferMessageDialogToGroup,
              ReferenceJson::done,
              TransferMessageDialogToGroup::messageId),
          ApiRoute.of(
              Operation.LIST_CHANNELS,
              ListChannels.class,
              "GET",
              "/v1/channels",
              ReferenceRoutes::listChannels,
              (MockAccount account, ListChannels request) ->
                  account.reference().channels().list(request),
              page -> Json.page(page, ReferenceJson::channel),
              null),
          ApiRoute.of(
              Operation.GET_CHANNEL,
              GetChannel.class,
              "GET",
              "/v1/channels/{id}",
              params -> GetChannel.of(params.pathId()),
              (MockAccount account, GetChannel request) ->
                  account.reference().channels().get(request),
              channel -> Json.success(channel, ReferenceJson::channel),
              GetChannel::id),
          ApiRoute.of(
              Operation.LIST_TAGS,
              ListTags.class,
              "GET",
              "/v1/tags",
              ReferenceRoutes::listTags,
              (MockAccount account, ListTags request) -> account.reference().tags().list(request),
              page -> Json.page(page, ReferenceJson::tag),
              null),
          ApiRoute.of(
              Operation.ASSIGN_TAGS,
              AssignTags.class,
              "POST",
              "/v1/tags/assign_to",
              ReferenceRoutes::assignTags,
              (MockAccount account, AssignTags request) ->
                  account.reference().tags().assign(request),
              ReferenceJson::done,
              null),
          ApiRoute.of(
              Operation.GET_TAG,
              GetTag.class,
              "GET",
              "/v1/tags/{id}",
              params -> GetTag.of(params.pathId()),
              (MockAccount account, GetTag request) -> account.reference().tags().get(request),
              tag -> Json.success(tag, ReferenceJson::tag),
              GetTag::id),
          ApiRoute.of(
              Operation.REMOVE_TAG,
              RemoveTag.class,
              "DELETE",
              "/v1/tags/{id}/delete_from",
              ReferenceRoutes::removeTag,
              (MockAccount account, RemoveTag request) ->
                  account.reference().tags().remove(request),
              ReferenceJson::done,
              RemoveTag::tagId),
          ApiRoute.of(
              Operation.LIST_TEMPLATES,
              ListTemplates.class,
              "GET",
              "/v1/templates",
              ReferenceRoutes::listTemplates,
              (MockAccount account, ListTemplates request) ->
                  account.reference().templates().list(request),
              page -> Json.page(page, ReferenceJson::template),
              null),
          ApiRoute.of(
              Operation.GET_TEMPLATE,
              GetTemplate.class,
              "GET",
              "/v1/templates/{id}",
              params -> GetTemplate.of(params.pathId()),
              (MockAccount account, GetTemplate request) ->
                  account.reference().templates().get(request),
              template -> Json.success(template, ReferenceJson::template),
              GetTemplate::id),
          ApiRoute.of(
              Operation.GET_ACCOUNT_INFO,
              GetAccountInfo.class,
              "GET",
              "/v1/companies/api_info",
              params -> GetAccountInfo.of(),
              (MockAccount account, GetAccountInfo request) -> account.reference().info(request),
              info -> Json.success(info, ReferenceJson::accountInfo),
              null),
          ApiRoute.named(
              Operation.GET_HELP_LIST,
              GetHelpList.class,
              "GET",
              "/v1/help/{name}",
              new ApiRoute.PathName<>(
                  name -> HelpList.fromWire(name) != null, request -> request.list().wireValue()),
              ReferenceRoutes::helpList,
              (MockAccount account, GetHelpList request) -> account.reference().helpList(request),
              entries -> ReferenceJson.list(entries, ReferenceJson::helpEntry)),
          // Webhooks and the legacy single hooks
          ApiRoute.of(
              Operation.GET_WEBHOOKS,
              GetWebhooks.class,
              "GET",
              "/v1/webhooks",
              params -> GetWebhooks.of(),
              (MockAccount account, GetWebhooks request) ->
                  account.reference().webhooks().list(request),
              hooks -> ReferenceJson.list(hooks, WebhookRoutes::webhook),
              null),
          ApiRoute.of(
              Operation.CREATE_WEBHOOK,
              CreateWebhook.class,
              "POST",
              "/v1/webhooks",
              WebhookRoutes::create,
              (MockAccount account, CreateWebhook request) ->
                  account.reference().webhooks().create(request),
              hook -> Json.success(hook, WebhookRoutes::webhook),
              null),
          ApiRoute.of(
              Operation.UPDATE_WEBHOOK,
              UpdateWebhook.class,
              "PUT",
              "/v1/webhooks/{id}",
              WebhookRoutes::update,
              (MockAccount account, UpdateWebhook request) ->
                  account.reference().webhooks().update(request),
              hook -> Json.success(hook, WebhookRoutes::webhook),
              UpdateWebhook::id),
          ApiRoute.of(
              Operation.DELETE_WEBHOOK,
              DeleteWebhook.class,
              "DELETE",
              "/v1/webhooks/{id}",
              params -> DeleteWebhook.of(params.pathId()),
              (MockAccount account, DeleteWebhook request) ->
                  account.reference().webhooks().delete(request),
              ReferenceJson::done,
              DeleteWebhook::id),
          ApiRoute.of(
              Operation.SET_WEB_HOOK,
              SetWebHook.class,
              "POST",
              "/v1/companies/web_hook",
              WebhookRoutes::setWebHook,
              (MockAccount account, SetWebHook request) ->
                  account.reference().webhooks().setWebHook(request),
              ReferenceJson::done,
              null),
          ApiRoute.of(
              Operation.SET_CHAT_CLOSE_WEB_HOOK,
              SetChatCloseWebHook.class,
              "POST",
              "/v1/companies/chat_close_web_hook",
              WebhookRoutes::setChatCloseWebHook,
              (MockAccount account, SetChatCloseWebHook request) ->
                  account.reference().webhooks().setChatCloseWebHook(request),
              ReferenceJson::done,
              null));

  private static final Map<Operation, ApiRoute<?, ?>> BY_OPERATION = byOperation();

  private ApiRouteTable() {}

  /** Every row, in the order the server registers them. */
  public static List<ApiRoute<?, ?>> routes() {
    return ROUTES;
  }

  /** The row of an operation. */
  public static ApiRoute<?, ?> of(Operation operation) {
    return BY_OPERATION.get(operation);
  }

  /** An operation's method and path, such as {@code POST /v1/messages}, for messages. */
  public static String routeName(Operation operation) {
    return of(operation).toString();
  }

  private static ApiRoute<UpdateDialog, ?> updateDialogAlso(String method) {
    return ApiRoute.wireOnly(
        method,
        "/v1/dialogs/{id}",
        DialogRoutes::update,
        MockAccount::updateDialog,
        dialog -> Json.success(dialog, Json::dialog));
  }

  private static Map<Operation, ApiRoute<?, ?>> byOperation() {
    Map<Operation, ApiRoute<?, ?>> rows = new EnumMap<>(Operation.class);
    for (ApiRoute<?, ?> route : ROUTES) {
      if (route.operation() != null && rows.put(route.operation(), route) != null) {
        throw new IllegalStateException("Two routes for " + route.operation());
      }
    }
    return rows;
  }
}
