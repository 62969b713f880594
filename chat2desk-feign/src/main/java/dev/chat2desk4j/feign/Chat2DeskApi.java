package dev.chat2desk4j.feign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.OperatorRole;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transport;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.time.Instant;

/**
 * The client's one record of the wire: one method per {@link dev.chat2desk4j.api.Operation}, named
 * as its {@link dev.chat2desk4j.api.Operation#methodName()}, whose annotations alone say the HTTP
 * method, the path and the query parameters' names. {@link FeignRoutes} binds each method to its
 * operation by that name and reads method and path from Feign's parse of these annotations, never
 * from a copy. A parameter whose value is null is left out of the query; {@link QueryValues} writes
 * the values that are not plain numbers or text. JSON bodies are the records of {@link WireBodies}.
 *
 * <p>Longer than most files here because it is the whole wire, one method per operation, grouped as
 * {@code docs/operations.md} groups them.
 */
interface Chat2DeskApi {

  // Clients

  @RequestLine(
      "GET /v1/clients?limit={limit}&offset={offset}&phone={phone}&tags={tags}&order={order}"
          + "&created_after={created_after}")
  Wire.ListOf<Wire.ClientJson> listClients(
      @Param("limit") int limit,
      @Param("offset") int offset,
      @Param("phone") String phone,
      @Param("tags") String tagIdsCsv,
      @Param(value = "order", expander = QueryValues.Name.class) SortOrder order,
      @Param(value = "created_after", expander = QueryValues.Timestamp.class) Instant createdAfter);

  @RequestLine("GET /v1/clients/{id}")
  Wire.Item<Wire.ClientJson> getClient(@Param("id") long id);

  @RequestLine("POST /v1/clients")
  @Headers("Content-Type: application/json")
  Wire.Item<Wire.ClientJson> createClient(WireBodies.NewClient body);

  @RequestLine("PUT /v1/clients/{id}")
  @Headers("Content-Type: application/json")
  Wire.Item<Wire.ClientJson> updateClient(@Param("id") long id, WireBodies.ClientChange body);

  @RequestLine("GET /v1/clients/{id}/transport")
  Wire.ListOf<JsonNode> getClientTransports(@Param("id") long clientId);

  @RequestLine("GET /v1/clients/{id}/dialogs?limit={limit}&offset={offset}")
  Wire.ListOf<Wire.DialogJson> listClientDialogs(
      @Param("id") long clientId, @Param("limit") int limit, @Param("offset") int offset);

  @RequestLine("GET /v1/clients/{id}/last_question")
  Wire.Item<Wire.MessageJson> getClientLastQuestion(@Param("id") long clientId);

  // Messages

  @RequestLine("POST /v1/messages")
  @Headers("Content-Type: application/json")
  Wire.Item<Wire.Sent> sendMessage(WireBodies.Send body);

  @RequestLine(
      "GET /v1/messages?client_id={client_id}&limit={limit}&offset={offset}&order={order}"
          + "&transport={transport}&channel_id={channel_id}&type={type}&dialog_id={dialog_id}"
          + "&read={read}&operator_id={operator_id}&start_date={start_date}"
          + "&finish_date={finish_date}&start_id={start_id}")
  Wire.ListOf<Wire.MessageJson> listMessages(
      @Param("client_id") Long clientId,
      @Param("limit") int limit,
      @Param("offset") int offset,
      @Param(value = "order", expander = QueryValues.Name.class) SortOrder order,
      @Param(value = "transport", expander = QueryValues.Name.class) Transport transport,
      @Param("channel_id") Long channelId,
      @Param(value = "type", expander = QueryValues.Name.class) MessageType type,
      @Param("dialog_id") Long dialogId,
      @Param(value = "read", expander = QueryValues.Flag.class) Boolean read,
      @Param("operator_id") Long operatorId,
      @Param(value = "start_date", expander = QueryValues.Timestamp.class) Instant startDate,
      @Param(value = "finish_date", expander = QueryValues.Timestamp.class) Instant finishDate,
      @Param("start_id") Long startId);

  @RequestLine("GET /v1/messages/{id}")
  Wire.Item<Wire.MessageJson> getMessage(@Param("id") long id);

  @RequestLine("GET /v1/messages/{id}/read")
  Wire.Done markMessageRead(@Param("id") long id);

  @RequestLine("GET /v1/messages/{id}/unread")
  Wire.Done markMessageUnread(@Param("id") long id);

  @RequestLine("POST /v1/messages/inbox")
  @Headers("Content-Type: application/json")
  Wire.Item<Wire.Sent> sendInboundMessage(WireBodies.Inbound body);

  @RequestLine(
      "GET /v1/messages/{id}/transfer?operator_id={operator_id}&force_assign={force_assign}")
  Wire.Done transferMessageDialog(
      @Param("id") long messageId,
      @Param("operator_id") long operatorId,
      @Param(value = "force_assign", expander = QueryValues.Flag.class) Boolean forceAssign);

  @RequestLine("GET /v1/messages/{id}/transfer_to_group?group_id={group_id}")
  Wire.Done transferMessageDialogToGroup(
      @Param("id") long messageId, @Param("group_id") long groupId);

  // Dialogs and transfers

  @RequestLine(
      "GET /v1/dialogs?limit={limit}&offset={offset}&operator_id={operator_id}&state={state}"
          + "&order={order}")
  Wire.ListOf<Wire.DialogJson> listDialogs(
      @Param("limit") int limit,
      @Param("offset") int offset,
      @Param("operator_id") Long operatorId,
      @Param(value = "state", expander = QueryValues.Name.class) DialogState state,
      @Param(value = "order", expander = QueryValues.Name.class) SortOrder order);

  @RequestLine("GET /v1/dialogs/{id}")
  Wire.Item<Wire.DialogJson> getDialog(@Param("id") long id);

  @RequestLine("GET /v1/dialogs/unanswered?limit={limit}&offset={offset}")
  Wire.ListOf<Wire.DialogJson> listUnansweredDialogs(
      @Param("limit") int limit, @Param("offset") int offset);

  @RequestLine("PUT /v1/dialogs/{id}")
  @Headers("Content-Type: application/json")
  Wire.Item<Wire.DialogJson> updateDialog(@Param("id") long id, WireBodies.DialogChange body);

  @RequestLine(
      "GET /v1/transfers?limit={limit}&offset={offset}&dialog_id={dialog_id}"
          + "&operator_id={operator_id}")
  Wire.ListOf<Wire.TransferJson> listTransfers(
      @Param("limit") int limit,
      @Param("offset") int offset,
      @Param("dialog_id") Long dialogId,
      @Param("operator_id") Long operatorId);

  // Operators and channels

  @RequestLine(
      "GET /v1/operators?limit={limit}&offset={offset}&phone={phone}&email={email}"
          + "&online={online}&status={status}&role={role}")
  Wire.ListOf<Wire.OperatorJson> listOperators(
      @Param("limit") int limit,
      @Param("offset") int offset,
      @Param("phone") String phone,
      @Param("email") String email,
      @Param(value = "online", expander = QueryValues.Flag.class) Boolean online,
      @Param("status") String status,
      @Param(value = "role", expander = QueryValues.Name.class) OperatorRole role);

  @RequestLine("GET /v1/operators_groups")
  Wire.ListOf<Wire.OperatorGroupJson> getOperatorGroups();

  @RequestLine("GET /v1/channels?limit={limit}&offset={offset}&phone={phone}")
  Wire.ListOf<Wire.ChannelJson> listChannels(
      @Param("limit") int limit, @Param("offset") int offset, @Param("phone") String phone);

  @RequestLine("GET /v1/channels/{id}")
  Wire.Item<Wire.ChannelJson> getChannel(@Param("id") long id);

  // Tags and templates

  @RequestLine("GET /v1/tags?limit={limit}&offset={offset}")
  Wire.ListOf<Wire.TagJson> listTags(@Param("limit") int limit, @Param("offset") int offset);

  @RequestLine("GET /v1/tags/{id}")
  Wire.Item<Wire.TagJson> getTag(@Param("id") long id);

  @RequestLine("POST /v1/tags/assign_to")
  @Headers("Content-Type: application/json")
  Wire.Done assignTags(WireBodies.TagAssignment body);

  @RequestLine("DELETE /v1/tags/{id}/delete_from?client_id={client_id}&request_id={request_id}")
  Wire.Done removeTag(
      @Param("id") long tagId,
      @Param("client_id") Long clientId,
      @Param("request_id") Long requestId);

  @RequestLine("GET /v1/templates?limit={limit}&offset={offset}")
  Wire.ListOf<Wire.TemplateJson> listTemplates(
      @Param("limit") int limit, @Param("offset") int offset);

  @RequestLine("GET /v1/templates/{id}")
  Wire.Item<Wire.TemplateJson> getTemplate(@Param("id") long id);

  // Account

  @RequestLine("GET /v1/companies/api_info")
  Wire.Item<Wire.AccountJson> getAccountInfo();

  @RequestLine("GET /v1/help/{list}")
  Wire.ListOf<JsonNode> getHelpList(@Param("list") String list);

  // Webhooks

  @RequestLine("GET /v1/webhooks")
  Wire.ListOf<Wire.WebhookJson> getWebhooks();

  @RequestLine("POST /v1/webhooks")
  @Headers("Content-Type: application/json")
  Wire.Item<Wire.WebhookJson> createWebhook(WireBodies.WebhookSettings body);

  @RequestLine("PUT /v1/webhooks/{id}")
  @Headers("Content-Type: application/json")
  Wire.Item<Wire.WebhookJson> updateWebhook(@Param("id") long id, WireBodies.WebhookSettings body);

  @RequestLine("DELETE /v1/webhooks/{id}")
  Wire.Done deleteWebhook(@Param("id") long id);

  @RequestLine("POST /v1/companies/web_hook")
  @Headers("Content-Type: application/json")
  Wire.Done setWebHook(WireBodies.Url body);

  @RequestLine("POST /v1/companies/chat_close_web_hook")
  @Headers("Content-Type: application/json")
  Wire.Done setChatCloseWebHook(WireBodies.Url body);
}
