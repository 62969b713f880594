package dev.chat2desk4j.feign;

import dev.chat2desk4j.api.AssignTags;
import dev.chat2desk4j.api.Chat2DeskRequest;
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
import dev.chat2desk4j.api.ListChannels;
import dev.chat2desk4j.api.ListClientDialogs;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListDialogs;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListOperators;
import dev.chat2desk4j.api.ListRequest;
import dev.chat2desk4j.api.ListTags;
import dev.chat2desk4j.api.ListTemplates;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.ListUnansweredDialogs;
import dev.chat2desk4j.api.MarkMessageRead;
import dev.chat2desk4j.api.MarkMessageUnread;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.Page;
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
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The entries of {@link FeignRoutes}, one per {@link Operation}, grouped as {@code
 * docs/operations.md} groups them: the request record an operation takes, and how the record
 * becomes its {@link Chat2DeskApi} method's arguments (a body from {@link WireBodies}) and the
 * answer the API's record (through {@link WireMapping}). Longer than most files here because it is
 * the client's one table of operations, an entry of a few lines each.
 */
final class RouteTable {

  /** Takes one entry of the table. */
  interface Registrar {
    <Q extends Chat2DeskRequest<R>, R> void route(
        Operation operation, Class<Q> type, BiFunction<Chat2DeskApi, Q, R> call);
  }

  private RouteTable() {}

  static void register(Registrar table) {
    clients(table);
    messages(table);
    dialogs(table);
    operatorsAndChannels(table);
    tagsAndTemplates(table);
    account(table);
    webhooks(table);
  }

  private static void clients(Registrar table) {
    table.route(
        Operation.LIST_CLIENTS,
        ListClients.class,
        (api, r) ->
            page(
                api.listClients(
                    r.limit(),
                    r.offset(),
                    r.phone(),
                    QueryValues.csv(r.tagIds()),
                    r.order(),
                    r.createdAfter()),
                r,
                WireMapping::client));
    table.route(
        Operation.GET_CLIENT,
        GetClient.class,
        (api, r) -> WireMapping.client(api.getClient(r.id()).data()));
    table.route(
        Operation.CREATE_CLIENT,
        CreateClient.class,
        (api, r) -> WireMapping.client(api.createClient(WireBodies.NewClient.of(r)).data()));
    table.route(
        Operation.UPDATE_CLIENT,
        UpdateClient.class,
        (api, r) ->
            WireMapping.client(api.updateClient(r.id(), WireBodies.ClientChange.of(r)).data()));
    table.route(
        Operation.GET_CLIENT_TRANSPORTS,
        GetClientTransports.class,
        (api, r) -> WireMapping.clientChannels(api.getClientTransports(r.clientId())));
    table.route(
        Operation.LIST_CLIENT_DIALOGS,
        ListClientDialogs.class,
        (api, r) ->
            page(
                api.listClientDialogs(r.clientId(), r.limit(), r.offset()),
                r,
                WireMapping::dialog));
    table.route(
        Operation.GET_CLIENT_LAST_QUESTION,
        GetClientLastQuestion.class,
        (api, r) ->
            WireMapping.message(api.getClientLastQuestion(r.clientId()).data(), r.clientId()));
  }

  private static void messages(Registrar table) {
    table.route(
        Operation.SEND_MESSAGE,
        SendMessage.class,
        (api, r) -> WireMapping.sent(api.sendMessage(WireBodies.Send.of(r)), r));
    table.route(
        Operation.LIST_MESSAGES,
        ListMessages.class,
        (api, r) ->
            page(
                api.listMessages(
                    r.clientId(),
                    r.limit(),
                    r.offset(),
                    r.order(),
                    r.transport(),
                    r.channelId(),
                    r.type(),
                    r.dialogId(),
                    r.read(),
                    r.operatorId(),
                    r.startDate(),
                    r.finishDate(),
                    r.startId()),
                r,
                m -> WireMapping.message(m, r.clientId())));
    table.route(
        Operation.GET_MESSAGE,
        GetMessage.class,
        (api, r) -> WireMapping.message(api.getMessage(r.id()).data()));
    table.route(
        Operation.MARK_MESSAGE_READ,
        MarkMessageRead.class,
        (api, r) -> done(api.markMessageRead(r.id())));
    table.route(
        Operation.MARK_MESSAGE_UNREAD,
        MarkMessageUnread.class,
        (api, r) -> done(api.markMessageUnread(r.id())));
    table.route(
        Operation.SEND_INBOUND_MESSAGE,
        SendInboundMessage.class,
        (api, r) -> WireMapping.inbound(api.sendInboundMessage(WireBodies.Inbound.of(r)), r));
    table.route(
        Operation.TRANSFER_MESSAGE_DIALOG,
        TransferMessageDialog.class,
        (api, r) ->
            done(api.transferMessageDialog(r.messageId(), r.operatorId(), r.forceAssign())));
    table.route(
        Operation.TRANSFER_MESSAGE_DIALOG_TO_GROUP,
        TransferMessageDialogToGroup.class,
        (api, r) -> done(api.transferMessageDialogToGroup(r.messageId(), r.groupId())));
  }

  private static void dialogs(Registrar table) {
    table.route(
        Operation.LIST_DIALOGS,
        ListDialogs.class,
        (api, r) ->
            page(
                api.listDialogs(r.limit(), r.offset(), r.operatorId(), r.state(), r.order()),
                r,
                WireMapping::dialog));
    table.route(
        Operation.GET_DIALOG,
        GetDialog.class,
        (api, r) -> WireMapping.dialog(api.getDialog(r.id()).data()));
    table.route(
        Operation.LIST_UNANSWERED_DIALOGS,
        ListUnansweredDialogs.class,
        (api, r) -> page(api.listUnansweredDialogs(r.limit(), r.offset()), r, WireMapping::dialog));
    table.route(
        Operation.UPDATE_DIALOG,
        UpdateDialog.class,
        (api, r) ->
            WireMapping.dialog(api.updateDialog(r.id(), WireBodies.DialogChange.of(r)).data()));
    table.route(
        Operation.LIST_TRANSFERS,
        ListTransfers.class,
        (api, r) ->
            page(
                api.listTransfers(r.limit(), r.offset(), r.dialogId(), r.operatorId()),
                r,
                WireMapping::transfer));
  }

  private static void operatorsAndChannels(Registrar table) {
    table.route(
        Operation.LIST_OPERATORS,
        ListOperators.class,
        (api, r) ->
            page(
                api.listOperators(
                    r.limit(), r.offset(), r.phone(), r.email(), r.online(), r.status(), r.role()),
                r,
                WireMapping::operator));
    table.route(
        Operation.GET_OPERATOR_GROUPS,
        GetOperatorGroups.class,
        (api, r) -> WireMapping.list(api.getOperatorGroups(), WireMapping::operatorGroup));
    table.route(
        Operation.LIST_CHANNELS,
        ListChannels.class,
        (api, r) ->
            page(api.listChannels(r.limit(), r.offset(), r.phone()), r, WireMapping::channel));
    table.route(
        Operation.GET_CHANNEL,
        GetChannel.class,
        (api, r) -> WireMapping.channel(api.getChannel(r.id()).data()));
  }

  private static void tagsAndTemplates(Registrar table) {
    table.route(
        Operation.LIST_TAGS,
        ListTags.class,
        (api, r) -> page(api.listTags(r.limit(), r.offset()), r, WireMapping::tag));
    table.route(
        Operation.GET_TAG, GetTag.class, (api, r) -> WireMapping.tag(api.getTag(r.id()).data()));
    table.route(
        Operation.ASSIGN_TAGS,
        AssignTags.class,
        (api, r) -> done(api.assignTags(WireBodies.TagAssignment.of(r))));
    table.route(
        Operation.REMOVE_TAG,
        RemoveTag.class,
        (api, r) ->
            done(
                api.removeTag(
                    r.tagId(),
                    r.from().kind() == TagAssignee.Kind.CLIENT ? r.from().id() : null,
                    r.from().kind() == TagAssignee.Kind.REQUEST ? r.from().id() : null)));
    table.route(
        Operation.LIST_TEMPLATES,
        ListTemplates.class,
        (api, r) -> page(api.listTemplates(r.limit(), r.offset()), r, WireMapping::template));
    table.route(
        Operation.GET_TEMPLATE,
        GetTemplate.class,
        (api, r) -> WireMapping.template(api.getTemplate(r.id()).data()));
  }

  private static void account(Registrar table) {
    table.route(
        Operation.GET_ACCOUNT_INFO,
        GetAccountInfo.class,
        (api, r) -> WireMapping.accountInfo(api.getAccountInfo().data()));
    table.route(
        Operation.GET_HELP_LIST,
        GetHelpList.class,
        (api, r) ->
            WireMapping.list(api.getHelpList(r.list().wireValue()), WireMapping::helpEntry));
  }

  private static void webhooks(Registrar table) {
    table.route(
        Operation.GET_WEBHOOKS,
        GetWebhooks.class,
        (api, r) -> WireMapping.list(api.getWebhooks(), WireMapping::webhook));
    table.route(
        Operation.CREATE_WEBHOOK,
        CreateWebhook.class,
        (api, r) ->
            WireMapping.webhook(api.createWebhook(WireBodies.WebhookSettings.of(r)).data()));
    table.route(
        Operation.UPDATE_WEBHOOK,
        UpdateWebhook.class,
        (api, r) ->
            WireMapping.webhook(
                api.updateWebhook(r.id(), WireBodies.WebhookSettings.of(r)).data()));
    table.route(
        Operation.DELETE_WEBHOOK, DeleteWebhook.class, (api, r) -> done(api.deleteWebhook(r.id())));
    table.route(
        Operation.SET_WEB_HOOK,
        SetWebHook.class,
        (api, r) -> done(api.setWebHook(new WireBodies.Url(r.url()))));
    table.route(
        Operation.SET_CHAT_CLOSE_WEB_HOOK,
        SetChatCloseWebHook.class,
        (api, r) -> done(api.setChatCloseWebHook(new WireBodies.Url(r.url()))));
  }

  private static <J, T> Page<T> page(
      Wire.ListOf<J> answer, ListRequest<T, ?> request, Function<J, T> mapper) {
    return WireMapping.page(answer, request, mapper);
  }

  /**
   * The result of an operation whose answer carries nothing the caller needs; the decoder has
   * already refused an answer that is not a success envelope.
   */
  private static Void done(Wire.Done answer) {
    return null;
  }
}
